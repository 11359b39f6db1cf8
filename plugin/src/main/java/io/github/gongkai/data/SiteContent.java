package io.github.gongkai.data;

import java.util.List;

/**
 * Everything a site project holds, loaded and checked: the input of rendering.
 *
 * @param config  site.yaml
 * @param bodies  bodies.yaml, in its order
 * @param reports every report, sorted by year, then by the body's place in bodies.yaml
 */
public record SiteContent(SiteConfig config, List<PublishingBody> bodies, List<AnnualReport> reports) {
}
