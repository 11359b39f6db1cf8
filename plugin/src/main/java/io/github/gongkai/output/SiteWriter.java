package io.github.gongkai.output;

import java.nio.file.Path;

/**
 * Where a build puts the files of the website, by site path ({@code ndbg/2024/xian.html}): a folder
 * swapped into place once the build succeeded ({@link SiteOutput}, for {@code site:generate}), or a
 * snapshot in memory ({@link SiteSnapshot}, for the live preview). Files may be put from several
 * threads at once.
 */
public interface SiteWriter {

    /** Writes the file at {@code path} with {@code content}. */
    void write(String path, byte[] content);

    /** Puts {@code source} (an asset, possibly hundreds of MB) at {@code path}, never whole in memory. */
    void copy(String path, Path source);

    /** Keeps the file at {@code path} as the last build made it. */
    void keep(String path);

    /** How many files were put. */
    int fileCount();
}
