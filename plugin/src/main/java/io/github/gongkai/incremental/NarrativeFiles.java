package io.github.gongkai.incremental;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the build knows of the files the narratives are read from: the SHA-256 of each as the
 * build examined it, so that a narrative's cache key need not hash its text again.
 */
public interface NarrativeFiles {

    /** Nothing known: every narrative's text is hashed. */
    NarrativeFiles NONE = new NarrativeFiles() {
        @Override
        public Optional<String> sha256(Path file) {
            return Optional.empty();
        }

        @Override
        public boolean unchanged(Path file) {
            return false;
        }
    };

    /** The SHA-256 of {@code file} (relative to the site project) as the build examined it, if it did. */
    Optional<String> sha256(Path file);

    /** Whether {@code file} still has the size and time it was examined with. */
    boolean unchanged(Path file);
}
