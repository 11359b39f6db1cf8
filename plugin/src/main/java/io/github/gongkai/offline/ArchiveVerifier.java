package io.github.gongkai.offline;

import io.github.gongkai.output.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Re-checks an unpacked offline archive against its {@code SHA256SUMS}: every listed file must
 * be there with the same SHA-256, and no other file may have been added.
 */
public final class ArchiveVerifier {

    private ArchiveVerifier() {
    }

    /**
     * Checks a folder.
     *
     * @param unpacked the archive's top folder (holding SHA256SUMS), or a folder that holds
     *                 exactly one such folder, as {@code unzip archive.zip -d dir} leaves it
     * @throws OfflineArchiveError if no manifest is found or it cannot be read
     */
    public static Verification verify(Path unpacked) {
        Path root = archiveRoot(unpacked);
        Manifest manifest;
        try {
            manifest = Manifest.parse(Files.readAllBytes(root.resolve(Manifest.FILE_NAME)));
        } catch (IOException e) {
            throw new OfflineArchiveError("无法读取 " + root.resolve(Manifest.FILE_NAME) + " / cannot read", e);
        }
        Map<String, BasicFileAttributes> entries = entries(root);
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> listed : manifest.hashes().entrySet()) {
            BasicFileAttributes found = entries.get(listed.getKey());
            if (found == null) {
                missing.add(listed.getKey());
            } else if (found.isRegularFile() && !ArchiveFiles.sha256(root.resolve(listed.getKey())).equals(listed.getValue())) {
                changed.add(listed.getKey());
            }
        }
        List<String> extra = new ArrayList<>();
        List<String> links = new ArrayList<>();
        entries.forEach((path, attributes) -> {
            if (!attributes.isRegularFile()) {
                links.add(path);
            } else if (!path.equals(Manifest.FILE_NAME) && !manifest.hashes().containsKey(path)) {
                extra.add(path);
            }
        });
        return new Verification(root, manifest.hashes().size(), missing, changed, extra, links);
    }

    /**
     * Every entry under {@code root} but folders, by archive path in UTF-8 order, links not
     * followed: a link is reported as what it is, never read through.
     */
    private static Map<String, BasicFileAttributes> entries(Path root) {
        Map<String, BasicFileAttributes> entries = new TreeMap<>(SiteFiles.UTF8_ORDER);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entries.put(SiteFiles.pathOf(root, file), attributes);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new OfflineArchiveError("无法读取目录 " + root + " / cannot list the folder", e);
        }
        return entries;
    }

    private static Path archiveRoot(Path unpacked) {
        Path dir = unpacked.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new OfflineArchiveError("要校验的目录不存在：" + unpacked + " / no such folder");
        }
        if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> candidates = children.filter(c -> Files.isRegularFile(c.resolve(Manifest.FILE_NAME))).toList();
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
        } catch (IOException e) {
            throw new OfflineArchiveError("无法读取目录 " + unpacked + " / cannot list the folder", e);
        }
        throw new OfflineArchiveError("在 " + unpacked + " 中找不到 " + Manifest.FILE_NAME
                + "：请指定解压后的存档目录（SHA256SUMS 所在的目录） / no SHA256SUMS in the folder");
    }
}
