package io.github.gongkai.render;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Drops an AsciiDoc {@code include::} whose file lies outside the site project, and says so.
 * Asciidoctor's SAFE mode alone "recovers" such a path into the project
 * ({@code ../../pom.xml} becomes the project's own pom.xml), publishing a file nobody asked for.
 */
final class IncludeGuard extends IncludeProcessor {

    private final Path root;
    private final ObjIntConsumer<String> refused;

    /**
     * @param root    the site project, against which relative targets are resolved
     * @param refused told the target and the line of each include it drops
     */
    IncludeGuard(Path root, ObjIntConsumer<String> refused) {
        this.root = root.toAbsolutePath().normalize();
        this.refused = refused;
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
            return !resolved.toRealPath().startsWith(root.toRealPath());
        } catch (InvalidPathException e) {
            return true;
        } catch (IOException e) {
            return false; // missing inside the project: Asciidoctor reports it with its line
        }
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        refused.accept(target, reader.getLineNumber() - 1);
    }
}
