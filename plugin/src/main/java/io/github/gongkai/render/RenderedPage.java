package io.github.gongkai.render;

import java.util.Objects;

/**
 * A page or file of the site that this build rendered.
 *
 * @param path    where it goes, relative to the site root
 * @param content its bytes
 */
public record RenderedPage(String path, byte[] content) implements SiteFile {

    /** Every rendered page has its bytes; a kept one is a {@link KeptFile}. */
    public RenderedPage {
        Objects.requireNonNull(content, path);
    }
}
