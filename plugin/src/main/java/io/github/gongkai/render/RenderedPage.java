package io.github.gongkai.render;

/**
 * A finished page or file of the site.
 *
 * @param path    where it goes, relative to the site root
 * @param content its bytes
 */
public record RenderedPage(String path, byte[] content) {
}
