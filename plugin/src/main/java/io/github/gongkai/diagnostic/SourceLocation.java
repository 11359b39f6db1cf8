package io.github.gongkai.diagnostic;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * A place in the user's site project: a file, relative to the project folder, and a 1-based
 * line (0 when the problem concerns the file as a whole).
 *
 * @param file the file, relative to the site project folder
 * @param line the 1-based line, or 0 for the whole file
 */
public record SourceLocation(Path file, int line) implements Serializable {

    /** A location that names the whole file. */
    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0);
    }

    /** The same file at another line. */
    public SourceLocation atLine(int newLine) {
        return new SourceLocation(file, newLine);
    }

    /** {@code reports/2018/pingshun.yaml:14}, with forward slashes on every platform. */
    @Override
    public String toString() {
        String name = file.toString().replace('\\', '/');
        return line > 0 ? name + ":" + line : name;
    }
}
