package io.github.gongkai.feed;

import io.github.gongkai.data.AnnualReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What search engines and feed readers read: {@code robots.txt} always; {@code sitemap.xml} and
 * the Atom feed {@code atom.xml} only when site.yaml gives {@code baseUrl}, since both need
 * absolute addresses and everything else on the site is relative.
 */
public final class SiteFeeds {

    /** Reports in the feed. */
    public static final int FEED_SIZE = 20;

    private final Optional<String> baseUrl;

    /** @param baseUrl the published site's address from site.yaml, if given */
    public SiteFeeds(Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    /**
     * A page of the site for the sitemap.
     *
     * @param path     site-root path
     * @param modified the date its content last changed, or null when unknown
     */
    public record Page(String path, LocalDate modified) {
    }

    /**
     * A report for the feed.
     *
     * @param report the report
     * @param path   its page, site-root relative
     */
    public record Item(AnnualReport report, String path) {
    }

    /** robots.txt: everything may be indexed; the sitemap is named when there is one. */
    public byte[] robots() {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        baseUrl.ifPresent(base -> text.append("Sitemap: ").append(base).append("sitemap.xml\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** sitemap.xml of the given pages, or empty without baseUrl. */
    public Optional<byte[]> sitemap(List<Page> pages) {
        return baseUrl.map(base -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (Page page : pages) {
                xml.append("  <url><loc>").append(Xml.escape(absolute(base, page.path()))).append("</loc>");
                if (page.modified() != null) {
                    xml.append("<lastmod>").append(page.modified()).append("</lastmod>");
                }
                xml.append("</url>\n");
            }
            return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** atom.xml of the newest reports, or empty without baseUrl. */
    public Optional<byte[]> atom(String siteName, String columnName, List<Item> items) {
        return baseUrl.map(base -> AtomFeed.write(base, siteName, columnName, newest(items)));
    }

    /** Newest first by 公开日期 (a report without one counts as published at the end of its year). */
    static List<Item> newest(List<Item> items) {
        return items.stream()
                .sorted(Comparator.comparing((Item i) -> AtomFeed.date(i.report())).reversed()
                        .thenComparing(Item::path))
                .limit(FEED_SIZE)
                .toList();
    }

    /** An absolute URL of a site-root path, its non-ASCII characters percent-encoded. */
    static String absolute(String base, String path) {
        try {
            return URI.create(base).resolve(new URI(null, null, path, null).getRawPath()).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }
}
