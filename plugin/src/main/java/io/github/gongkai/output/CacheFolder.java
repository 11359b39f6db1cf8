package io.github.gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A folder of cache entries under {@code target/gongkai-cache/}, one file per key
 * ({@code <key><suffix>}). An entry is written aside and renamed into place, so a reader finds a
 * whole entry or none; after a build, the entries it did not use are deleted. Other files may
 * share the folder and are left alone.
 */
public final class CacheFolder {

    private static final String TEMP = ".tmp";

    private final Path dir;
    private final String suffix;

    /**
     * @param dir    the folder (created when the first entry is written)
     * @param suffix what every entry's file name ends with, e.g. {@code .narrative}
     */
    public CacheFolder(Path dir, String suffix) {
        this.dir = dir;
        this.suffix = suffix;
    }

    /** The file of {@code key}'s entry. */
    public Path entry(String key) {
        return dir.resolve(key + suffix);
    }

    /** Writes {@code bytes} as the entry of {@code key}: aside, then renamed over any earlier one. */
    public void write(String key, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        replace(entry(key), bytes);
    }

    /**
     * Writes {@code bytes} into a file beside {@code file}, then renames it over {@code file}, so
     * that a reader finds the whole old content or the whole new one. The folder must exist.
     */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", TEMP);
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Writes the entry of every key, {@code encode} giving its bytes, on every core: encoding is
     * CPU work (creating the files was measured not to go faster on two threads; the kernel
     * serialises it).
     *
     * @throws UncheckedIOException naming the folder, when an entry cannot be written
     */
    public void writeAll(Collection<String> keys, Function<String, byte[]> encode) {
        keys.parallelStream().forEach(key -> {
            try {
                write(key, encode.apply(key));
            } catch (IOException e) {
                throw new UncheckedIOException("无法更新缓存 / cannot update the cache " + dir, e);
            }
        });
    }

    /**
     * Deletes every entry whose key {@code keep} refuses, and the temporary files an interrupted
     * write left; files that are not this folder's entries stay.
     *
     * @throws UncheckedIOException naming the folder, when it cannot be listed or an entry deleted
     */
    public void prune(Predicate<String> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean stale = name.endsWith(suffix) ? !keep.test(name.substring(0, name.length() - suffix.length()))
                        : name.endsWith(TEMP) && name.contains(suffix + ".");
                if (stale) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法清理缓存 / cannot prune the cache " + dir, e);
        }
    }
}
