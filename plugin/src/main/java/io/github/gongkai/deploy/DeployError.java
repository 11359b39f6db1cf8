package io.github.gongkai.deploy;

/**
 * A problem that stops a deploy: the server cannot be reached, the login is refused, the host key
 * is unknown, the server refuses a write. The message names the server and the path and says what
 * to do, in Chinese first; the user never needs the stack trace.
 */
public final class DeployError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public DeployError(String message) {
        super(message);
    }

    /** Same, keeping the cause for {@code mvn -e}. */
    public DeployError(String message, Throwable cause) {
        super(message, cause);
    }
}
