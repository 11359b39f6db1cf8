package io.github.gongkai.render;

/**
 * A file of the site as the renderer gives it: a page it rendered ({@link RenderedPage}), or one
 * the last build wrote that stays as it is ({@link KeptFile}).
 */
public sealed interface SiteFile permits RenderedPage, KeptFile {

    /** Where it goes, relative to the site root. */
    String path();
}
