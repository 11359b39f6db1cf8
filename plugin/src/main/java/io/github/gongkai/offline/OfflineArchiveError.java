package io.github.gongkai.offline;

/**
 * A problem that stops packing or checking an offline archive: no generated site, an unreadable
 * manifest, a file that cannot be listed. The message says what to do, Chinese first.
 */
public final class OfflineArchiveError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it ({@code 中文 / English}) */
    public OfflineArchiveError(String message) {
        super(message);
    }

    /** Same, keeping the I/O exception for debugging. */
    public OfflineArchiveError(String message, Throwable cause) {
        super(message, cause);
    }
}
