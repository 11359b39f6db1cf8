package io.github.gongkai.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file replaced whole: a reader finds all of the old content or all of the new, never a mix. */
public final class AtomicFiles {

    private static final String TEMP = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} into a file beside {@code file} ({@code <name>.<random>.tmp}), then
     * renames it over {@code file}. The folder must exist.
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
}
