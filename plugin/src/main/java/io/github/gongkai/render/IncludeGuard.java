package io.github.gongkai.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ObjIntConsumer;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Drops an AsciiDoc {@code include::} whose file lies outside the site project, and says so.
 * Asciidoctor's SAFE mode alone "recovers" such a path into the project
 * ({@code ../../pom.xml} becomes the project's own pom.xml), publishing a file nobody asked for.
 * It also bounds what one narrative's includes may bring in ({@link Budget}): a few tiny files
 * that include each other twice over expand to gigabytes.
 */
final class IncludeGuard extends IncludeProcessor {

    /** What one narrative's includes have brought in so far. */
    static final class Budget {
        /** The input limit of a whole file (SourceText), for everything a narrative includes. */
        static final long MAX_BYTES = 10L * 1024 * 1024;
        static final int MAX_INCLUDES = 1_000;

        private long bytes;
        private int includes;
        private String exceeded;

        /** Counts one include of {@code size} bytes; false once a bound is passed. */
        boolean take(long size) {
            bytes += size;
            includes++;
            if (exceeded == null && bytes > MAX_BYTES) {
                exceeded = MAX_BYTES / 1024 / 1024 + " MB";
            } else if (exceeded == null && includes > MAX_INCLUDES) {
                exceeded = MAX_INCLUDES + " 次 include";
            }
            return exceeded == null;
        }

        /** The bound that was passed, if one was. */
        Optional<String> exceeded() {
            return Optional.ofNullable(exceeded);
        }
    }

    private final Path root;
    private final ObjIntConsumer<String> refused;
    private final Supplier<Budget> budget;

    /**
     * @param root    the site project, against which relative targets are resolved
     * @param refused told the target and the line of each include it drops
     */
    IncludeGuard(Path root, ObjIntConsumer<String> refused, Supplier<Budget> budget) {
        this.root = root.toAbsolutePath().normalize();
        this.refused = refused;
        this.budget = budget;
    }

    @Override
    public boolean handles(String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:/.*")) {
            return false; // a URI: SAFE mode never reads it, Asciidoctor makes it a link
        }
        try {
            Path resolved = root.resolve(target).normalize();
            if (!resolved.startsWith(root)) {
                return true;
            }
            if (!resolved.toRealPath().startsWith(root.toRealPath())) {
                return true;
            }
            // Inside the project: Asciidoctor includes it, unless it would pass the narrative's bounds.
            return !budget.get().take(Files.isRegularFile(resolved) ? Files.size(resolved) : Long.MAX_VALUE / 2);
        } catch (InvalidPathException e) {
            return true;
        } catch (IOException e) {
            return false; // missing inside the project: Asciidoctor reports it with its line
        }
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        if (budget.get().exceeded().isEmpty()) {
            // Past the bounds the build stops with its own message; no line for each include dropped.
            refused.accept(target, reader.getLineNumber() - 1);
        }
    }
}
