package io.github.gongkai.incremental;

import io.github.gongkai.incremental.SiteFingerprint.InputFile;
import io.github.gongkai.output.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 构建记录: what the last successful build read and wrote, kept in the cache folder so that the
 * next build with the same input, code and settings, finding the website as it was left, keeps
 * it instead of building it again. Warnings are kept too and repeated, so a kept site is
 * reported as its build was; the input files' hashes let the next build read only the files
 * whose size or modification time changed.
 *
 * @param key      the fingerprint of the input, the code and the settings
 * @param output   the fingerprint of the website as written
 * @param reports  annual reports published
 * @param files    files written
 * @param hashedAt when the input files were examined, microseconds since 1970
 * @param inputs   the input files as examined, by path
 * @param warnings the build's warnings, in order
 */
record BuildRecord(String key, String output, int reports, int files, long hashedAt, Map<String, InputFile> inputs,
        List<String> warnings) {

    private static final String FILE = "build-record";
    private static final String HEADER = "gongkai-build-record 2";

    /** The record of the last build into {@code cacheDir}, if one was written and is readable. */
    static Optional<BuildRecord> read(Path cacheDir) {
        try {
            List<String> lines = Files.readAllLines(cacheDir.resolve(FILE), StandardCharsets.UTF_8);
            if (lines.size() < 6 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            Map<String, InputFile> inputs = new LinkedHashMap<>();
            List<String> warnings = new ArrayList<>();
            for (String line : lines.subList(6, lines.size())) {
                if (line.startsWith("input ")) {
                    String[] parts = line.split(" ", 6);
                    String path = unescape(parts[5]);
                    inputs.put(path, new InputFile(path, Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                            parts[1], parts[4].equals("include")));
                } else {
                    warnings.add(unescape(value(line, "warning")));
                }
            }
            return Optional.of(new BuildRecord(value(lines.get(1), "key"), value(lines.get(2), "output"),
                    Integer.parseInt(value(lines.get(3), "reports")), Integer.parseInt(value(lines.get(4), "files")),
                    Long.parseLong(value(lines.get(5), "hashed")), inputs, List.copyOf(warnings)));
        } catch (IOException | RuntimeException e) {
            // No record, or a damaged one: the site is simply built.
            return Optional.empty();
        }
    }

    /** Forgets the last build, before a build starts replacing its output. */
    static void forget(Path cacheDir) {
        try {
            Files.deleteIfExists(cacheDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("无法更新构建记录 / cannot update " + cacheDir.resolve(FILE), e);
        }
    }

    /** Writes this record into {@code cacheDir}; a failure only costs a full build next time. */
    void write(Path cacheDir) {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("key ").append(key).append('\n')
                .append("output ").append(output).append('\n')
                .append("reports ").append(reports).append('\n')
                .append("files ").append(files).append('\n')
                .append("hashed ").append(hashedAt).append('\n');
        for (InputFile file : inputs.values()) {
            text.append("input ").append(file.sha256()).append(' ').append(file.size()).append(' ')
                    .append(file.modified()).append(' ').append(file.includes() ? "include" : "-").append(' ')
                    .append(escape(file.path())).append('\n');
        }
        warnings.forEach(w -> text.append("warning ").append(escape(w)).append('\n'));
        try {
            Files.createDirectories(cacheDir);
            AtomicFiles.replace(cacheDir.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The record is an optimisation; without it the next build builds everything.
        }
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException(line);
        }
        return line.substring(name.length() + 1);
    }

    /** Warnings (and, rarely, file names) may hold line breaks; one per line in the file. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
