package io.github.gongkai.render;

/**
 * A finished page or file of the site.
 *
 * @param path    where it goes, relative to the site root
 * @param content its bytes, or null for a file the last build wrote that is kept as it is
 */
public record RenderedPage(String path, byte[] content) {

    /** The file at {@code path} as the last build wrote it (see {@link ReportReuse}). */
    public static RenderedPage kept(String path) {
        return new RenderedPage(path, null);
    }

    /** Whether this is a file of the last build, kept as it is. */
    public boolean isKept() {
        return content == null;
    }
}
