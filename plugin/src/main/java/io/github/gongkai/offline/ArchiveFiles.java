package io.github.gongkai.offline;

import io.github.gongkai.output.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a folder as archive paths, and their SHA-256, with the archive's errors. */
final class ArchiveFiles {

    private ArchiveFiles() {
    }

    /** Every regular file under {@code root}, as {@code a/b.html} relative paths in UTF-8 order. */
    static List<String> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> SiteFiles.pathOf(root, file))
                    .sorted(SiteFiles.UTF8_ORDER)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new OfflineArchiveError("无法读取目录 " + root + " / cannot list the folder", e);
        }
    }

    /** The lower-case hex SHA-256 of a file. */
    static String sha256(Path file) {
        try {
            return SiteFiles.sha256(file);
        } catch (IOException e) {
            throw new OfflineArchiveError("无法读取文件 " + file + " / cannot read the file", e);
        }
    }
}
