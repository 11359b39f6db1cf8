package io.github.gongkai.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 fingerprints that tell whether a build would produce what the last one did: of every
 * file in the site project (its content), of the code that builds it (the plugin's and themes'
 * jars) and of the website as it was written (names, sizes and modification times).
 */
final class SiteFingerprint {

    private static final long TRUST_MARGIN_MICROS = 2_000_000;

    private SiteFingerprint() {
    }

    /** What a site project's build reads (contract §1); the rest of the folder (pom.xml, logs, target/) is not input. */
    static final List<String> SITE_FILES = io.github.gongkai.output.OutputFolders.INPUTS;

    private static final byte[] INCLUDE = "include::".getBytes(StandardCharsets.US_ASCII);

    /**
     * One input file as it was hashed: while its size and modification time stay the same, the
     * next build trusts the hash instead of reading the file again (as git's index does).
     *
     * @param path     relative to the site project, with / separators
     * @param size     in bytes
     * @param modified modification time, microseconds since 1970
     * @param sha256   of the content, in hex
     * @param includes whether the text holds an AsciiDoc {@code include::}, which may read any file
     */
    record InputFile(String path, long size, long modified, String sha256, boolean includes) implements Serializable {
    }

    /**
     * The fingerprint of a site project's files.
     *
     * @param digest     over every file's path and content hash; empty after {@link WatchedInputs#update}
     *                   (the preview's, which keys nothing by it)
     * @param hashedAt   when the files were examined, microseconds since 1970 (the earliest, for
     *                   files examined at different times)
     * @param files      every file, by path
     * @param unreadable the entries that could not be read (a loop of links, a folder without
     *                   read permission), sorted
     */
    record Inputs(String digest, long hashedAt, List<InputFile> files, List<String> unreadable) {

        /** A narrative includes another file, which could change unseen: such a site is always built. */
        boolean complete() {
            return files.stream().noneMatch(InputFile::includes);
        }
    }

    /**
     * The files a build reads (site.yaml, bodies.yaml, reports/, assets/, theme/) by path and
     * content, except hidden entries and the {@code ignored} folders and files, which builds
     * write. A file listed in {@code known} (examined at {@code knownAt}) with the same size and
     * modification time is not read again, unless it was modified within two seconds of that
     * examination, where a coarse file-system clock could hide a second edit.
     */
    static Inputs inputs(Path projectDir, Collection<Path> ignored, Map<String, InputFile> known, long knownAt) {
        long hashedAt = micros(Instant.now());
        Path root = projectDir.toAbsolutePath().normalize();
        List<Path> skip = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Found> found = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String name : SITE_FILES) {
            if (Files.exists(root.resolve(name))) {
                walk(root, root.resolve(name), skip, found, unreadable);
            }
        }
        found.sort(Comparator.comparing(Found::path));
        // Reading and hashing changed files is the work at 10,000 reports: every core takes a share, in order.
        List<InputFile> files = found.parallelStream().map(f -> {
            InputFile last = known.get(f.path());
            boolean trusted = last != null && last.size() == f.size() && last.modified() == f.modified()
                    && f.modified() < knownAt - TRUST_MARGIN_MICROS;
            return trusted ? last : read(root, f);
        }).toList();
        unreadable.sort(null);
        return inputs(hashedAt, files, List.copyOf(unreadable));
    }

    /** The fingerprint of {@code files} (sorted by path) and the {@code unreadable} entries (sorted). */
    static Inputs inputs(long hashedAt, List<InputFile> files, List<String> unreadable) {
        MessageDigest sha = sha256();
        for (InputFile file : files) {
            update(sha, file.path() + ' ' + file.sha256());
        }
        unreadable.forEach(name -> update(sha, "unreadable " + name));
        return new Inputs(HexFormat.of().formatHex(sha.digest()), hashedAt, files, unreadable);
    }

    /** A file found: its path relative to the project, with / separators, its size and modification time (µs). */
    record Found(String path, long size, long modified) {

        /** {@code path} of {@code root} as it is now. */
        static Found of(String path, BasicFileAttributes attributes) {
            return new Found(path, attributes.size(), micros(attributes.lastModifiedTime().toInstant()));
        }
    }

    /** Whether {@code file} of the project still has the size and modification time it was examined with. */
    static boolean unchanged(Path projectDir, InputFile file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(projectDir.resolve(file.path()),
                    BasicFileAttributes.class);
            return attributes.size() == file.size()
                    && micros(attributes.lastModifiedTime().toInstant()) == file.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The jars the plugin runs from: Maven gives a plugin a class loader of URLs (the plugin,
     * its themes and libraries); elsewhere the class path. A reinstalled SNAPSHOT changes them.
     */
    static String code(ClassLoader loader) {
        List<String> entries = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                entries.add(pathOf(url));
            }
        } else {
            entries.addAll(List.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)));
        }
        MessageDigest sha = sha256();
        update(sha, "java " + Runtime.version());
        for (String entry : entries) {
            Path path = Path.of(entry);
            try {
                update(sha, entry + ' ' + Files.size(path) + ' ' + Files.getLastModifiedTime(path).toMillis());
            } catch (IOException | RuntimeException e) {
                update(sha, entry);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The website as it was written: a file deleted, added or touched by hand since the last build
     * makes the site be built again.
     *
     * @param digest over every file's path, size and modification time and the validation
     *               report's; empty when there is no website or no validation report
     * @param files  each file's line of the digest, by site path
     */
    record Written(String digest, Map<String, String> files) {
    }

    /** The website in {@code outputDir} and its validation report, examined whole. */
    static Written output(Path outputDir, Path validationReport) {
        Path root = outputDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root) || !Files.isRegularFile(validationReport)) {
            return new Written("", Map.of());
        }
        Map<String, String> files = new HashMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = root.relativize(file).toString().replace('\\', '/');
                    files.put(path, line(path, attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return new Written("", Map.of());
        }
        return written(files, validationReport);
    }

    /**
     * The website in {@code outputDir} after a build that changed the files {@code changed} of the
     * website {@code before} and removed {@code removed}: only the changed files are examined.
     */
    static Written output(Written before, Path outputDir, Collection<String> changed, Collection<String> removed,
            Path validationReport) {
        Path root = outputDir.toAbsolutePath().normalize();
        Map<String, String> files = new HashMap<>(before.files());
        files.keySet().removeAll(removed);
        try {
            for (String path : changed) {
                files.put(path, line(path, Files.readAttributes(root.resolve(path), BasicFileAttributes.class)));
            }
        } catch (IOException e) {
            return new Written("", Map.of());
        }
        return written(files, validationReport);
    }

    private static String line(String path, BasicFileAttributes attributes) {
        return path + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    private static Written written(Map<String, String> files, Path validationReport) {
        List<String> lines = new ArrayList<>(files.values());
        lines.sort(null);
        try {
            lines.add("validation " + Files.size(validationReport) + " "
                    + Files.getLastModifiedTime(validationReport).toMillis());
        } catch (IOException e) {
            return new Written("", Map.of());
        }
        MessageDigest sha = sha256();
        lines.forEach(line -> update(sha, line));
        return new Written(HexFormat.of().formatHex(sha.digest()), files);
    }

    private static void walk(Path root, Path start, List<Path> skip, List<Found> files, List<String> unreadable) {
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return skipped(dir, skip) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && !skipped(file, skip)) {
                                files.add(Found.of(root.relativize(file).toString().replace('\\', '/'),
                                        attributes));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A loop of links or a folder without read permission: the build decides what it means.
                            unreadable.add(root.relativize(file) + " " + e.getClass().getSimpleName());
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file or folder of this name is left out of the inputs (a hidden one: .git, an editor's swap file). */
    static boolean hidden(String name) {
        return name.startsWith(".");
    }

    private static boolean skipped(Path path, List<Path> skip) {
        return hidden(path.getFileName().toString()) || skip.contains(path);
    }

    static InputFile read(Path root, Found found) {
        MessageDigest sha = sha256();
        // Only a narrative can include; assets (original PDFs, images) are streamed, however large.
        boolean narrative = found.path().startsWith("reports/");
        boolean includes = false;
        try (InputStream in = Files.newInputStream(root.resolve(found.path()))) {
            byte[] buffer = new byte[64 * 1024];
            byte[] tail = new byte[0];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                if (narrative && !includes) {
                    // The word may straddle two reads: search the end of the last one with this one.
                    byte[] window = new byte[tail.length + n];
                    System.arraycopy(tail, 0, window, 0, tail.length);
                    System.arraycopy(buffer, 0, window, tail.length, n);
                    includes = contains(window, INCLUDE);
                    tail = Arrays.copyOfRange(window, Math.max(0, window.length - INCLUDE.length + 1),
                            window.length);
                }
            }
        } catch (IOException e) {
            // Unreadable now: never equal to a readable file's hash, so the build runs and names the problem.
            return new InputFile(found.path(), found.size(), found.modified(), "unreadable", false);
        }
        return new InputFile(found.path(), found.size(), found.modified(), HexFormat.of().formatHex(sha.digest()),
                includes);
    }

    private static boolean contains(byte[] text, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= text.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long micros(Instant time) {
        return time.getEpochSecond() * 1_000_000 + time.getNano() / 1_000;
    }

    private static String pathOf(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The SHA-256 of {@code text}, in hex. */
    static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
