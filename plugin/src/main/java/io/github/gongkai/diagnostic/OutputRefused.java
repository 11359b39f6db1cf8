package io.github.gongkai.diagnostic;

/**
 * The build will not write where it was asked to: a folder that is not ours (the site project,
 * a home folder), a place inside the inputs or the published site, or an output another build is
 * writing. It stops before anything is written; the message names the parameter and the path, in
 * Chinese with English beside it, and is shown without a stack trace.
 */
public final class OutputRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and how to fix it (Chinese first)
     */
    public OutputRefused(String message) {
        super(message);
    }
}
