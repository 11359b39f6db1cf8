package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.Axe;
import io.github.gongkai.testing.Browser;
import io.github.gongkai.testing.BrowserRequirement;
import io.github.gongkai.testing.NeedsBrowser;
import io.github.gongkai.testing.HtmlChecker;
import io.github.gongkai.testing.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 核对报告 written beside real Maven builds' sites: opened from disk in a real headless
 * Chromium it passes the same axe-core and Nu Html Checker checks as the site's pages; its report
 * links lead into the site beside it; and on the real reports it says what an auditor would.
 */
class CheckReportIT {

    private static final Path IT = Path.of(System.getProperty("gongkai.it.dir", "target/it"));
    private static final Path EXAMPLE = Path.of(System.getProperty("gongkai.example.dir", "target/example"))
            .resolve("site-content/target");

    /** The example site (many bodies and years), a build stopped by its figures, a real report. */
    static List<Path> pages() {
        return List.of(EXAMPLE.resolve("site-check.html"), IT.resolve("figures-do-not-add-up/target/site-check.html"),
                IT.resolve("shuyang-v2021/target/site-check.html"));
    }

    private static Browser browser;
    private static Axe axe;

    @BeforeAll
    static void start() {
        if (BrowserRequirement.available()) { // else only the checks without a browser run
            browser = Browser.open(1280, 900);
            axe = Axe.load();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) { // null when the browser checks were skipped
            browser.close();
        }
    }

    @NeedsBrowser
    @ParameterizedTest
    @MethodSource("pages")
    void axeFindsNoWcag21AaViolationAndTheConsoleStaysEmpty(Path page) {
        assertTrue(Files.isRegularFile(page), page + " was written");
        browser.consoleErrors();
        browser.driver().get(page.toAbsolutePath().toUri().toString());
        assertEquals(List.of(), axe.violations(browser), page + " (axe-core " + axe.version(browser) + ")");
        assertEquals(List.of(), browser.consoleErrors(), page.toString());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void nuHtmlCheckerFindsNoError(Path page) {
        assertEquals(List.of(), HtmlChecker.check(page).errors(), page.toString());
    }

    @Test
    void everyReportLinkLeadsToAPageOfTheSiteBeside() {
        Document page = SiteLinks.parse(EXAMPLE.resolve("site-check.html"));
        List<String> links = page.select("a[href]").eachAttr("href");
        assertFalse(links.isEmpty());
        for (String href : links) {
            assertTrue(href.startsWith("site/ndbg/") && Files.isRegularFile(EXAMPLE.resolve(href)), href);
        }
    }

    @Test
    void theBuildLogNamesThePage() throws IOException {
        String log = Files.readString(IT.resolve("figures-do-not-add-up/build.log"));
        assertTrue(log.contains("核对报告（供审核签发，不随网站发布）："
                + IT.resolve("figures-do-not-add-up/target/site-check.html").toAbsolutePath().normalize()), log);
        assertFalse(Files.exists(IT.resolve("figures-do-not-add-up/target/site")), "nothing was published");
    }

    @Test
    void theRealZhoushanReportHasOnlyItsEmptyApplicantColumnsToSay() {
        Document page = SiteLinks.parse(IT.resolve("zhoushan-v2019/target/site-check.html"));
        List<List<String>> rows = page.select("table:has(#findings-caption) tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
        // The stored copy fills only 总计 of its first six rows: 6 × 6 applicant cells are empty.
        assertEquals(List.of(List.of("2020", "舟山市政务服务办公室", "B7", "提示", "reports/2020/zwfwb.yaml:16",
                "ndbg/2020/zwfwb.html", "表中有 36 个留空的单元格，核对勾稽关系时按 0 计算 / 36 empty cells were read as 0", "",
                "")), rows);
    }

    @Test
    void theRealShuyangReportHasOnlyItsEmptyCellsToSay() {
        Document page = SiteLinks.parse(IT.resolve("shuyang-v2021/target/site-check.html"));
        List<List<String>> rows = page.select("table:has(#findings-caption) tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
        assertEquals(List.of(List.of("2023", "沭阳县发展和改革局", "B7", "提示", "reports/2023/fgj.yaml:13",
                "ndbg/2023/fgj.html", "表中有 125 个留空的单元格，核对勾稽关系时按 0 计算 / 125 empty cells were read as 0", "",
                "")), rows);
        Element cell = page.selectFirst("table:has(#matrix-caption) tbody td");
        assertEquals("已发布 1 处提示", cell.text());
    }
}
