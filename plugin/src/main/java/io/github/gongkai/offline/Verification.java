package io.github.gongkai.offline;

import java.nio.file.Path;
import java.util.List;

/**
 * What checking an unpacked archive found.
 *
 * @param root    the archive folder that was checked
 * @param listed  how many files SHA256SUMS lists
 * @param missing listed files that are not there
 * @param changed listed files whose SHA-256 differs
 * @param extra   files that SHA256SUMS does not list
 * @param links   entries that are not plain files or folders (symbolic links, devices, pipes):
 *                an archive never holds them, and a link could make a listed name read another file
 */
public record Verification(Path root, int listed, List<String> missing, List<String> changed, List<String> extra,
        List<String> links) {

    /** Compact constructor: keeps unmodifiable copies. */
    public Verification {
        missing = List.copyOf(missing);
        changed = List.copyOf(changed);
        extra = List.copyOf(extra);
        links = List.copyOf(links);
    }

    /** True when every listed file is there unchanged and nothing was added. */
    public boolean passed() {
        return missing.isEmpty() && changed.isEmpty() && extra.isEmpty() && links.isEmpty();
    }

    /** One line for the build log when the check passed. */
    public String summary() {
        return "离线存档校验通过：" + listed + " 个文件与 SHA256SUMS 一致 / archive verified: " + root;
    }

    /** The failure message: every file that is missing, changed or extra, one a line. */
    public String failure() {
        StringBuilder text = new StringBuilder("离线存档校验未通过：" + root + " 中有 "
                + (missing.size() + changed.size() + extra.size() + links.size())
                + " 个文件与 SHA256SUMS 不符 / archive verification failed");
        links.forEach(path -> text.append("\n  不是普通文件（链接等） not a plain file: ").append(path));
        changed.forEach(path -> text.append("\n  已改动 changed: ").append(path));
        missing.forEach(path -> text.append("\n  缺失 missing: ").append(path));
        extra.forEach(path -> text.append("\n  多出 extra: ").append(path));
        return text.toString();
    }
}
