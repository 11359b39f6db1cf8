package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.incremental.CachePack;
import io.github.gongkai.testing.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The {@code incremental} project is built nine times by real Maven runs, with a change before
 * most rebuilds (see its invoker.properties): every change shows on every page it affects, nothing
 * of a deleted or moved report remains, a build with nothing changed keeps the website, and the
 * incremental result equals a build from an empty cache.
 */
class IncrementalBuildIT {

    private static final Path PROJECT = Path.of(System.getProperty("gongkai.it.dir", "target/it"))
            .resolve("incremental");
    private static final Path SITE = PROJECT.resolve("target/site");

    @Test
    void editedFigureAndTitleShowOnTheReportTheYearAndTheOpenData() {
        Document report = SiteLinks.parse(SITE.resolve("ndbg/2018/pingshun.html"));
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告（修订）", report.selectFirst("h1").text());
        assertTrue(report.select("table.data-table tbody tr").eachText().contains("举报 7 起"),
                report.select("table.data-table").text());
        Document year = SiteLinks.parse(SITE.resolve("ndbg/2018/index.html"));
        assertTrue(year.select("a").eachText().contains("平顺街道办事处2018年政府信息公开工作年度报告（修订）"),
                year.text());
        assertTrue(read(SITE.resolve("ndbg/2018/pingshun.csv")).contains("举报"));
        assertTrue(read(SITE.resolve("ndbg/2018/pingshun.json")).contains("7"), "open data carries the new figure");
    }

    @Test
    void editedTableFigureShowsOnTheReportTheSummaryAndTheBodysChart() {
        // reports/2023/pingshun.yaml: 本年新收 5 became 9 before the second build.
        assertEquals("9", receivedTotal(SiteLinks.parse(SITE.resolve("ndbg/2023/pingshun.html"))));
        assertEquals("9", receivedTotal(SiteLinks.parse(SITE.resolve("ndbg/2023/summary.html"))));
        Document body = SiteLinks.parse(SITE.resolve("ndbg/jg/pingshun.html"));
        assertEquals("本年新收申请 3 9", body.selectFirst("table.chart-data tbody tr").text());
    }

    /** 表三's 一、本年新收 row, 总计 column. */
    private static String receivedTotal(Document page) {
        return page.selectFirst("#t3 tbody tr").select("td").last().text();
    }

    @Test
    void editedAsciidocNarrativeIsConvertedAgain() {
        String text = SiteLinks.parse(SITE.resolve("ndbg/2018/jyj.html")).select(".article-content").text();
        assertTrue(text.contains("教育局正文第二版"), text);
        assertFalse(text.contains("第一版"), text);
    }

    @Test
    void deletedReportIsGoneAndNothingLinksToIt() throws IOException {
        for (String file : List.of("fgj.html", "fgj.json", "fgj.csv")) {
            assertFalse(Files.exists(SITE.resolve("ndbg/2018").resolve(file)), file);
        }
        for (Path page : pages()) {
            assertFalse(read(page).contains("fgj."), page + " still links to the deleted report");
        }
        assertEquals(List.of(), SiteLinks.problems(SITE));
    }

    @Test
    void movedReportLeavesNoPageAtItsOldPlace() throws IOException {
        assertFalse(Files.exists(SITE.resolve("ndbg/2017")), "the year 2017 has no report left");
        assertTrue(Files.exists(SITE.resolve("ndbg/2016/jyj.html")));
        assertTrue(SiteLinks.parse(SITE.resolve("ndbg/2016/jyj.html")).select(".article-content").text()
                .contains("第四次构建前移到 2016 年"), "the page at the new place is the moved report's");
        assertEquals(List.of(), files(SITE).stream().filter(p -> p.toString().contains("2017")).toList(),
                "no file of the report's old place remains");
        assertFalse(read(SITE.resolve("search-index.js")).contains("2017/jyj"), "nor a search entry for it");
        for (Path page : pages()) {
            assertFalse(read(page).contains("2017/"), page + " still links to the old place");
        }
    }

    @Test
    void siteYamlChangeReachesEveryPage() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 6, pages.toString());
        for (Path page : pages) {
            Document document = SiteLinks.parse(page);
            assertTrue(document.select("body").hasClass("theme-blue"), page.toString());
            assertTrue(document.text().contains("新站名"), page.toString());
            assertFalse(document.html().contains("测试站"), page.toString());
        }
    }

    @Test
    void onlyChangedNarrativesAreConvertedAndTheCacheHoldsOnlyTheCurrentOnes() throws IOException {
        // Build by build: all three; the edited AsciiDoc; none after a deletion; the moved file;
        // none after a site.yaml change; no build at all when nothing changed; none after a theme
        // file or a damaged website; all three again into the empty cache.
        Matcher summary = Pattern.compile("正文转换 (\\d+) 篇，取自缓存 (\\d+) 篇|(沿用上次生成的网站)")
                .matcher(read(PROJECT.resolve("build.log")));
        StringBuilder counts = new StringBuilder();
        while (summary.find()) {
            counts.append(summary.group(3) != null ? "kept" : summary.group(1) + "+" + summary.group(2)).append(' ');
        }
        assertEquals("4+0 1+3 0+3 1+2 0+3 kept 0+3 0+3 3+0", counts.toString().trim());
        try (CachePack narratives = CachePack.open(PROJECT.resolve("target/gongkai-cache"), "narratives")) {
            assertEquals(3, narratives.keys().size(), "one entry per current narrative, the rest pruned");
        }
    }

    @Test
    void aThemeFileAddedToTheSiteIsPublished() {
        // Build 7 added the site's own theme/assets/css/print.css; nothing else had changed.
        assertTrue(read(SITE.resolve("theme/css/print.css")).contains("第七次构建前加入"));
    }

    @Test
    void aPageDeletedFromTheWebsiteByHandIsWrittenAgain() {
        // Build 8 followed the deletion of target/site/ndbg/index.html.
        assertTrue(Files.isRegularFile(SITE.resolve("ndbg/index.html")));
    }

    @Test
    void incrementalResultEqualsABuildFromAnEmptyCache() throws IOException {
        Path cold = PROJECT.resolve("target/site-cold");
        List<Path> files = files(SITE);
        assertEquals(files, files(cold));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(SITE.resolve(file)), Files.readAllBytes(cold.resolve(file)),
                    file.toString());
        }
    }

    private static List<Path> pages() throws IOException {
        return files(SITE).stream().filter(p -> p.toString().endsWith(".html")).map(SITE::resolve).toList();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
