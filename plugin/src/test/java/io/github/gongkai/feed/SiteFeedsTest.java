package io.github.gongkai.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.testing.SiteProject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SiteFeedsTest {

    @TempDir
    Path dir;

    @Test
    void withoutBaseUrlOnlyRobotsTxt() {
        SiteFeeds feeds = new SiteFeeds(Optional.empty());
        assertEquals("User-agent: *\nAllow: /\n", new String(feeds.robots(), StandardCharsets.UTF_8));
        assertTrue(feeds.sitemap(List.of(new SiteFeeds.Page("index.html", null))).isEmpty());
        assertTrue(feeds.atom("站", "栏目", List.of()).isEmpty());
    }

    @Test
    void sitemapAndAtomUseAbsoluteAddressesUnderBaseUrl() throws Exception {
        List<AnnualReport> reports = SiteProject.standard(dir)
                .file("reports/2017/fgj.md", "---\npublished: 2018-02-01\n---\n正文 & 数据\n")
                .file("reports/2018/pingshun.md", "---\ntitle: 平顺 <2018>\npublished: 2019-01-25\n---\n正文\n")
                .file("reports/2018/fgj.md", "正文\n")
                .load().reports();
        SiteFeeds feeds = new SiteFeeds(Optional.of("https://www.example.gov.cn/gk"));
        List<SiteFeeds.Item> items = reports.stream().map(r -> new SiteFeeds.Item(r, SitePaths.report(r))).toList();

        assertTrue(new String(feeds.robots(), StandardCharsets.UTF_8)
                .contains("Sitemap: https://www.example.gov.cn/gk/sitemap.xml\n"));
        Document sitemap = xml(feeds.sitemap(List.of(new SiteFeeds.Page("ndbg/2018/fgj.html",
                java.time.LocalDate.of(2019, 1, 2)))).orElseThrow());
        assertEquals("https://www.example.gov.cn/gk/ndbg/2018/fgj.html",
                sitemap.getElementsByTagName("loc").item(0).getTextContent());
        assertEquals("2019-01-02", sitemap.getElementsByTagName("lastmod").item(0).getTextContent());

        Document atom = xml(feeds.atom("中国庆安", "政府信息公开年报", items).orElseThrow());
        NodeList ids = atom.getElementsByTagName("id");
        // Newest first: 2018 fgj has no date, so it counts as 2018-12-31, before 2019-01-25.
        assertEquals("https://www.example.gov.cn/gk/atom.xml", ids.item(0).getTextContent());
        assertEquals("https://www.example.gov.cn/gk/ndbg/2018/pingshun.html", ids.item(1).getTextContent());
        assertEquals("https://www.example.gov.cn/gk/ndbg/2018/fgj.html", ids.item(2).getTextContent());
        assertEquals("https://www.example.gov.cn/gk/ndbg/2017/fgj.html", ids.item(3).getTextContent());
        assertEquals("平顺 <2018>", atom.getElementsByTagName("entry").item(0).getFirstChild().getNextSibling()
                .getTextContent());
        assertEquals("2019-01-25T00:00:00+08:00", atom.getElementsByTagName("updated").item(0).getTextContent());
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
