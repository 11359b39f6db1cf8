package io.github.gongkai.deploy;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The deploy folder on a server, by paths relative to it ({@code a/b.html}). Every method throws
 * {@link DeployError} with a message naming the server and the path.
 */
public interface Remote extends Closeable {

    /** The file's content, or null when there is no such file. */
    byte[] readIfExists(String path);

    /** The names in a folder ({@code ""} is the deploy folder), empty when there is no such folder. */
    Set<String> list(String folder);

    /** Creates the folder and its parents where missing. */
    void makeFolders(String folder);

    /** Writes the local file to {@code path}, replacing one there; {@code sent} hears of bytes as they go. */
    void upload(Path local, String path, LongConsumer sent);

    /** Moves {@code from} to {@code to}, replacing {@code to}, in one step where the server can. */
    void replace(String from, String to);

    /** Deletes the file; nothing happens when it is already gone. */
    void delete(String path);

    /**
     * Removes the folder when it holds nothing (a folder with anything in it, someone else's file
     * included, is left as it is).
     *
     * @return whether the folder was removed
     */
    boolean removeIfEmpty(String folder);

    /** Logs out; never throws. */
    @Override
    void close();
}
