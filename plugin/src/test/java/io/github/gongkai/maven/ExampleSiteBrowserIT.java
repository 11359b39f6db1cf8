package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.Browser;
import io.github.gongkai.testing.NeedsBrowser;
import io.github.gongkai.testing.SiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The generated example site opened from disk (file://) in a real headless Chromium. */
@NeedsBrowser
class ExampleSiteBrowserIT {

    private static final Path SITE = Path.of(System.getProperty("gongkai.example.dir", "target/example"))
            .resolve("site-content/target/site");

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) { // null when the browser checks were skipped
            browser.close();
        }
    }

    @Test
    void searchFromDiskFindsAChineseTermAndLeadsToTheReport() throws Exception {
        String term = "街区干部";
        // The oracle: the narratives in the project that contain the term, read from the sources.
        Set<String> expected = new TreeSet<>();
        for (String report : ArchiveColumnIT.sourceReports().keySet()) {
            for (String ext : List.of(".adoc", ".md")) {
                Path source = SITE.resolve("../../reports/" + report + ext).normalize();
                if (Files.exists(source) && Files.readString(source).contains(term)) {
                    expected.add("ndbg/" + report + ".html");
                }
            }
        }
        assertTrue(expected.contains("ndbg/2018/pingshun.html"));

        browser.load(SITE.resolve("search.html"));
        WebElement box = browser.driver().findElement(By.id("search-q"));
        box.sendKeys(term);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());

        List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-results li > a"));
        Set<String> found = new TreeSet<>();
        String root = SITE.toAbsolutePath().toUri().toString();
        results.forEach(a -> found.add(a.getAttribute("href").substring(root.length())));
        assertEquals(expected, found);
        assertTrue(browser.driver().findElement(By.cssSelector("#search-results mark")).getText().equals(term));

        results.stream().filter(a -> a.getAttribute("href").endsWith("ndbg/2018/pingshun.html")).findFirst()
                .orElseThrow().click();
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告",
                browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * A server shows 404.html for a missing address at any depth, on whatever host serves the site:
     * here 127.0.0.1 (a staging host or a mirror, not the baseUrl's www.qingan.gov.cn). The page has
     * its styles and script, from root-relative addresses.
     */
    @Test
    void the404PageIsStyledAtAnyDepthOnAnotherHost() throws Exception {
        try (SiteServer server = SiteServer.start(SITE)) {
            browser.consoleErrors();
            browser.driver().get(server.url("ndbg/2099/no/such/page.html"));
            assertEquals("页面未找到", browser.driver().findElement(By.tagName("h1")).getText());
            String font = (String) browser.script("return getComputedStyle(document.body).fontFamily");
            assertEquals("\"PingFang SC\"", font.split(",")[0], "gongkai.css applied");
            assertEquals(Boolean.TRUE, browser.script("return document.documentElement.classList.contains('js')"),
                    "gongkai.js ran");
            assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("page.html")).toList());
            browser.driver().findElement(By.linkText("返回首页")).click();
            assertTrue(browser.driver().getTitle().startsWith("中国庆安"), browser.driver().getTitle());
        } finally {
            browser.consoleErrors();  // the 404 status of the missing page, left for no other test
        }
    }

    @Test
    void theSeedReportOpensFromDiskWithItsStylesAndNoConsoleError() {
        browser.load(SITE.resolve("ndbg/2018/pingshun.html"));
        WebElement title = browser.driver().findElement(By.tagName("h1"));
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", title.getText());
        // The theme's stylesheet was found and applied: the body font is not the browser default.
        String font = (String) browser.script("return getComputedStyle(document.body).fontFamily");
        assertTrue(!font.isBlank() && !font.equals("\"Times New Roman\""), font);
        assertTrue(browser.driver().findElement(By.cssSelector("table.data-table")).isDisplayed());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
