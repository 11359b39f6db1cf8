package io.github.gongkai.deploy;

import io.github.gongkai.output.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SHA-256 sums in the format {@code sha256sum} writes and {@code sha256sum -c} checks
 * ({@code <hash>  <path>}, UTF-8, paths in UTF-8 byte order), and the sums of a local folder.
 */
final class Sums {

    /** Paths in the order of their UTF-8 bytes, the order {@code LC_ALL=C sort} gives. */
    static final Comparator<String> UTF8_ORDER = SiteFiles.UTF8_ORDER;

    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private Sums() {
    }

    /** Path → SHA-256 of every regular file under {@code root}. */
    static Map<String, String> ofFolder(Path root) {
        Map<String, String> sums = new TreeMap<>(UTF8_ORDER);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sums.put(SiteFiles.pathOf(root, file), SiteFiles.sha256(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DeployError("无法读取站点目录 " + root + " / cannot read the site folder：" + e.getMessage(), e);
        }
        return sums;
    }

    /**
     * Reads sums written by {@link #toBytes}.
     *
     * @param where the file, named in the error
     * @throws DeployError when a line is not a sum: the file was not written by site:deploy
     */
    static Map<String, String> parse(byte[] content, String where) {
        Map<String, String> sums = new TreeMap<>(UTF8_ORDER);
        if (content == null) {
            return sums;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DeployError(where + " 不是 UTF-8 文本，不像是 site:deploy 写的清单 / not a deploy manifest。"
                    + "请确认部署目录没有写错；确认无误后可删除该文件，再部署一次。", e);
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher line = LINE.matcher(lines[i]);
            if (!line.matches()) {
                throw new DeployError(where + " 第 " + (i + 1) + " 行不是“SHA-256 值 + 两个空格 + 文件路径”，"
                        + "不像是 site:deploy 写的清单 / not a deploy manifest。请确认部署目录没有写错。");
            }
            if (!insideFolder(line.group(2))) {
                // A deploy deletes what its manifest lists and the site no longer has: a path
                // leading out of the deploy folder would delete someone else's file.
                throw new DeployError(where + " 第 " + (i + 1) + " 行的路径“" + line.group(2) + "”指向部署目录之外（绝对路径或含 ..），"
                        + "site:deploy 从不写这样的清单，可能被人改过；为免删除部署目录之外的文件而停止，未做任何改动。"
                        + "请核实后删除该文件再部署 / the manifest lists a path outside the deploy folder; nothing was changed");
            }
            sums.put(line.group(2), line.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return sums;
    }

    /** Whether {@code path} names a file below the deploy folder, as the paths {@link #ofFolder} gives do. */
    static boolean insideFolder(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.matches("[A-Za-z]:.*")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The sums as a file: UTF-8, LF line ends, paths in UTF-8 order. */
    static byte[] toBytes(Map<String, String> sums) {
        Map<String, String> sorted = new TreeMap<>(UTF8_ORDER);
        sorted.putAll(sums);
        StringBuilder text = new StringBuilder();
        sorted.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
