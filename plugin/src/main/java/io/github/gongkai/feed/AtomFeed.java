package io.github.gongkai.feed;

import io.github.gongkai.data.AnnualReport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The Atom feed (RFC 4287) of the newest reports. Its dates come from the reports' 公开日期, never
 * from the build clock, so the feed is the same on every build of the same content.
 */
final class AtomFeed {

    /** China Standard Time, the zone of every 公开日期. */
    private static final String ZONE = "T00:00:00+08:00";

    private AtomFeed() {
    }

    static byte[] write(String base, String siteName, String columnName, List<SiteFeeds.Item> items) {
        String feedUrl = SiteFeeds.absolute(base, "atom.xml");
        String updated = items.isEmpty() ? LocalDate.of(2008, 1, 1) + ZONE : date(items.get(0).report()) + ZONE;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        xml.append("  <title>").append(Xml.escape(siteName + " " + columnName)).append("</title>\n")
                .append("  <id>").append(Xml.escape(feedUrl)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(feedUrl)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(SiteFeeds.absolute(base, "index.html"))).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>").append(Xml.escape(siteName)).append("</name></author>\n");
        for (SiteFeeds.Item item : items) {
            AnnualReport report = item.report();
            String url = SiteFeeds.absolute(base, item.path());
            xml.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(report.metadata().title())).append("</title>\n")
                    .append("    <id>").append(Xml.escape(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url))
                    .append("\"/>\n")
                    .append("    <updated>").append(date(report)).append(ZONE).append("</updated>\n")
                    .append("    <author><name>").append(Xml.escape(report.publisher())).append("</name></author>\n")
                    .append("    <summary>").append(Xml.escape(report.publisher() + " " + report.year()
                            + "年政府信息公开工作年度报告")).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 公开日期, or the last day of the report year when the report has none. */
    static LocalDate date(AnnualReport report) {
        return report.metadata().published().orElse(LocalDate.of(report.year(), 12, 31));
    }
}
