package io.github.gongkai.incremental;

import io.github.gongkai.incremental.SiteFingerprint.InputFile;
import io.github.gongkai.output.AtomicFiles;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 构建记录: what the last successful build read and wrote, kept in the cache folder so that the
 * next build with the same input, code and settings, finding the website as it was left, keeps
 * it instead of building it again. Warnings are kept too and repeated, so a kept site is
 * reported as its build was; the input files' hashes let the next build read only the files
 * whose size or modification time changed. Written by the JDK's serialisation ({@link Serialised}).
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
        List<String> warnings) implements Serializable {

    private static final String FILE = "build-record";

    /** The record of the last build into {@code cacheDir}, if one was written and is readable. */
    static Optional<BuildRecord> read(Path cacheDir) {
        try {
            return Serialised.read(Files.readAllBytes(cacheDir.resolve(FILE)), BuildRecord.class);
        } catch (IOException e) {
            // No record: the site is simply built (a damaged one reads as none).
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
        try {
            Files.createDirectories(cacheDir);
            AtomicFiles.replace(cacheDir.resolve(FILE), Serialised.write(this));
        } catch (IOException e) {
            // The record is an optimisation; without it the next build builds everything.
        }
    }
}
