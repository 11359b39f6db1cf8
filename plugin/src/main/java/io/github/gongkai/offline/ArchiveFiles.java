package io.github.gongkai.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The files of a folder as archive paths, and their SHA-256. */
final class SiteFiles {

    /** Paths in the order of their UTF-8 bytes, the order {@code LC_ALL=C sort} gives. */
    static final Comparator<String> UTF8_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private SiteFiles() {
    }

    /** Every regular file under {@code root}, as {@code a/b.html} relative paths in UTF-8 order. */
    static List<String> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> pathOf(root, file))
                    .sorted(UTF8_ORDER)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new OfflineArchiveError("无法读取目录 " + root + " / cannot list the folder", e);
        }
    }

    /** {@code file} relative to {@code root} with forward slashes. */
    static String pathOf(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }

    /** The lower-case hex SHA-256 of a file. */
    static String sha256(Path file) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new OfflineArchiveError("无法读取文件 " + file + " / cannot read the file", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The lower-case hex SHA-256 of some bytes. */
    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
