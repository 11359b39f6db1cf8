package io.github.gongkai.diagnostic;

/**
 * A problem in the user's input that stops the build: it names the file, the line and the
 * field, in Chinese (with English beside it), and is shown to the user without a stack trace.
 */
public final class InputError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;

    /**
     * @param location where the problem is
     * @param message  what is wrong and, where possible, how to fix it (Chinese first)
     */
    public InputError(SourceLocation location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    /** Same, keeping the parser's exception for debugging (never shown to the user). */
    public InputError(SourceLocation location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /** Where the problem is. */
    public SourceLocation location() {
        return location;
    }
}
