package io.github.gongkai.render;

/**
 * A file the last build wrote that this one keeps as it is, its inputs unchanged (see
 * {@link io.github.gongkai.incremental.Memory}).
 *
 * @param path where it is, relative to the site root
 */
public record KeptFile(String path) implements SiteFile {
}
