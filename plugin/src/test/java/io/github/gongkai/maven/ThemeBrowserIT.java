package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.Axe;
import io.github.gongkai.testing.Browser;
import io.github.gongkai.testing.BrowserRequirement;
import io.github.gongkai.testing.NeedsBrowser;
import io.github.gongkai.testing.HtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The default theme in a real headless Chromium, every page opened from disk (file://) as the
 * offline archive is: axe-core finds no WCAG 2.1 A/AA violation, the Nu Html Checker no error,
 * the Content-Security-Policy lets the theme's own files load, the keyboard reaches everything
 * with a visible focus, and 字号 / 适老化 work with and without JavaScript.
 */
class ThemeBrowserIT {

    private static final Path EXAMPLE = Path.of(System.getProperty("gongkai.example.dir", "target/example"))
            .resolve("site-content/target/site");
    private static final Path IT = Path.of(System.getProperty("gongkai.it.dir", "target/it"));
    private static final Path SHUYANG = IT.resolve("shuyang-v2021/target/site/ndbg/2023/fgj.html");

    /**
     * Every page type of the generated sites, with the fragment that puts it in a mode. Each is
     * checked by axe-core, the Nu Html Checker and for console errors. Add new page types here.
     */
    static final List<Page> PAGES = List.of(
            new Page("首页", EXAMPLE.resolve("index.html"), ""),
            new Page("政府信息公开年报栏目", EXAMPLE.resolve("ndbg/index.html"), ""),
            new Page("栏目第 2 页", EXAMPLE.resolve("ndbg/index_1.html"), ""),
            new Page("年度页", EXAMPLE.resolve("ndbg/2018/index.html"), ""),
            new Page("全县汇总", EXAMPLE.resolve("ndbg/2023/summary.html"), ""),
            new Page("按发布机构浏览", EXAMPLE.resolve("ndbg/jg/index.html"), ""),
            new Page("机构页（图表）", EXAMPLE.resolve("ndbg/jg/xzf.html"), ""),
            new Page("站内搜索", EXAMPLE.resolve("search.html"), "?q=政府信息"),
            new Page("404（无 baseUrl，相对链接）", IT.resolve("official-tables/target/site/404.html"), ""),
            new Page("报告页（2019 年前格式）", EXAMPLE.resolve("ndbg/2018/pingshun.html"), ""),
            new Page("报告页（三张统计表）", IT.resolve("official-tables/target/site/ndbg/2023/fgj.html"), ""),
            new Page("报告页（沭阳 2023）", SHUYANG, ""),
            new Page("报告页，适老化", SHUYANG, "#gk-elder"),
            new Page("报告页，大字号", SHUYANG, "#fs-l"),
            new Page("首页，蓝色", IT.resolve("theme-override/target/site/index.html"), ""));

    /**
     * One page to check.
     *
     * @param name     what it is, for messages
     * @param file     the generated file
     * @param fragment {@code #gk-elder} and the like, or empty
     */
    record Page(String name, Path file, String fragment) {
        @Override
        public String toString() {
            return name;
        }
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

    static List<Page> pages() {
        return PAGES;
    }

    private static void open(Browser in, Path file, String fragment) {
        in.driver().get(file.toAbsolutePath().toUri() + fragment);
    }

    @NeedsBrowser
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeFindsNoWcag21AaViolation(Page page) {
        assertTrue(Files.isRegularFile(page.file()), page.file() + " was generated");
        resetModes(browser);
        open(browser, page.file(), page.fragment());
        List<String> violations = axe.violations(browser);
        assertEquals(List.of(), violations, page.name() + " (axe-core " + axe.version(browser) + ")");
    }

    @NeedsBrowser
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theThemesOwnFilesLoadUnderTheContentSecurityPolicy(Page page) {
        browser.consoleErrors();
        open(browser, page.file(), page.fragment());
        assertEquals(List.of(), browser.consoleErrors(), page.name());
        assertEquals("\"PingFang SC\"", fontFamily().split(",")[0], "gongkai.css applied");
        assertEquals(Boolean.TRUE, browser.script("return document.documentElement.classList.contains('js')"),
                "gongkai.js ran");
        String csp = browser.driver().findElement(By.cssSelector("meta[http-equiv=Content-Security-Policy]"))
                .getAttribute("content");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void nuHtmlCheckerFindsNoError(Page page) {
        HtmlChecker.Result result = HtmlChecker.check(page.file());
        result.warnings().forEach(w -> System.out.println("vnu " + page.name() + ": " + w));
        assertEquals(List.of(), result.errors(), page.name());
    }

    @NeedsBrowser
    @Test
    void theCheckersDoReportProblemsWhenThereAreSome() throws IOException {
        resetModes(browser);
        open(browser, EXAMPLE.resolve("index.html"), "");
        browser.script("var img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
                + " document.querySelector('main').appendChild(img);");
        assertTrue(axe.violations(browser).stream().anyMatch(v -> v.startsWith("image-alt ")), "axe-core sees a missing alt");

        Path broken = Files.createTempFile(Path.of("target"), "broken", ".html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head>"
                + "<body><p>无标题</p></body></html>");
        assertTrue(HtmlChecker.check(broken).errors().stream().anyMatch(e -> e.contains("title")),
                "vnu sees a missing <title>");
        Files.delete(broken);
    }

    @NeedsBrowser
    @Test
    void inlineScriptsAreRefusedByThePolicy() {
        open(browser, EXAMPLE.resolve("index.html"), "");
        browser.consoleErrors();
        // A script element added the way injected markup would be: the policy must block it.
        browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                + " document.body.appendChild(s);");
        assertEquals(null, browser.script("return window.injected"));
        assertTrue(browser.consoleErrors().stream().anyMatch(m -> m.contains("Content Security Policy")));
    }

    @NeedsBrowser
    @Test
    void tabFromTheTopReachesSkipLinkNavigationAndAReportWithAVisibleFocus() {
        resetModes(browser);
        open(browser, EXAMPLE.resolve("index.html"), "");
        List<String> reached = new ArrayList<>();
        Actions keyboard = new Actions(browser.driver());
        for (int i = 0; i < 40 && !reached.contains("report"); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            Map<?, ?> focus = focusedElement();
            String kind = String.valueOf(focus.get("kind"));
            reached.add(kind);
            assertTrue(Boolean.TRUE.equals(focus.get("visible")),
                    "focus indicator of " + focus.get("text") + " (" + kind + "): " + focus);
        }
        assertEquals("skip", reached.get(0), "the first Tab lands on 跳到主要内容");
        assertTrue(reached.contains("nav"), reached.toString());
        assertTrue(reached.contains("report"), reached.toString());

        // 跳到主要内容 really skips: Enter on it, and the next Tab is inside <main>.
        open(browser, EXAMPLE.resolve("index.html"), "");
        keyboard.sendKeys(Keys.TAB).perform();
        keyboard.sendKeys(Keys.ENTER).perform();
        keyboard.sendKeys(Keys.TAB).perform();
        assertEquals(Boolean.TRUE, browser.script("return document.querySelector('main').contains(document.activeElement)"));
    }

    @NeedsBrowser
    @Test
    void elderModeAndFontSizeAreRememberedWithJavaScript() {
        resetModes(browser);
        open(browser, SHUYANG, "");
        assertEquals("16px", rootFontSize());
        browser.driver().findElement(By.cssSelector(".elder-on")).click();
        assertEquals("20px", rootFontSize(), "适老化: larger type");
        assertElderLooks();
        open(browser, EXAMPLE.resolve("index.html"), "");
        assertEquals("20px", rootFontSize(), "remembered on the next page");
        browser.driver().findElement(By.cssSelector(".elder-off")).click();
        assertEquals("16px", rootFontSize());

        browser.driver().findElement(By.cssSelector(".top-bar a[data-font-size=l]")).click();
        assertEquals("19px", rootFontSize(), "字号 大");
        open(browser, SHUYANG, "");
        assertEquals("19px", rootFontSize(), "remembered");
        browser.driver().findElement(By.cssSelector(".article-info a[data-font-size=s]")).click();
        assertEquals("14px", rootFontSize(), "字号 小");
        resetModes(browser);
    }

    @NeedsBrowser
    @Test
    void elderModeFontSizeAndSearchWorkWithoutJavaScript() {
        try (Browser noScript = Browser.open(1280, 900, "--blink-settings=scriptEnabled=false")) {
            open(noScript, SHUYANG, "");
            assertTrue(noScript.driver().findElement(By.cssSelector(".print-button")).getAttribute("hidden") != null,
                    "no JavaScript ran");
            noScript.driver().findElement(By.cssSelector(".elder-on")).click();
            assertEquals("20px", noScript.script("return getComputedStyle(document.documentElement).fontSize"));
            assertTrue(noScript.driver().findElement(By.cssSelector(".elder-off")).isDisplayed());
            assertFalse(noScript.driver().findElement(By.cssSelector(".elder-on")).isDisplayed());
            noScript.driver().findElement(By.cssSelector(".elder-off")).click();
            assertEquals("16px", noScript.script("return getComputedStyle(document.documentElement).fontSize"));
            noScript.driver().findElement(By.cssSelector(".top-bar a[data-font-size=l]")).click();
            assertEquals("19px", noScript.script("return getComputedStyle(document.documentElement).fontSize"));

            // The header's search form goes to search.html?q=… by itself (form-action 'self' allows it).
            WebElement query = noScript.driver().findElement(By.id("q"));
            query.sendKeys("年报");
            query.submit();
            String url = noScript.driver().getCurrentUrl();
            assertTrue(url.endsWith("/shuyang-v2021/target/site/search.html?q=%E5%B9%B4%E6%8A%A5"), url);
        }
    }

    /** Without JavaScript 适老化 is the :target #gk-elder; 跳到主要内容 must not end it. */
    @NeedsBrowser
    @Test
    void theSkipLinkKeepsElderModeWithoutJavaScript() {
        try (Browser noScript = Browser.open(1280, 900, "--blink-settings=scriptEnabled=false")) {
            open(noScript, SHUYANG, "#gk-elder");
            assertEquals("20px", noScript.script("return getComputedStyle(document.documentElement).fontSize"));
            Actions keyboard = new Actions(noScript.driver());
            keyboard.sendKeys(Keys.TAB).perform();
            WebElement skip = noScript.driver().switchTo().activeElement();
            assertEquals("跳到主要内容", skip.getText());
            keyboard.sendKeys(Keys.ENTER).perform();
            assertEquals("20px", noScript.script("return getComputedStyle(document.documentElement).fontSize"),
                    "still 适老化 after 跳到主要内容: " + noScript.driver().getCurrentUrl());
            keyboard.sendKeys(Keys.TAB).perform();
            assertEquals(Boolean.TRUE, noScript.script(
                    "return document.querySelector('main').contains(document.activeElement)"), "the next Tab is in <main>");
        }
    }

    @NeedsBrowser
    @Test
    void screenshotsOfTheReportPage() throws IOException {
        String dir = System.getProperty("gongkai.screenshots");
        Path out = Path.of(dir == null || dir.isBlank() ? "target/screenshots" : dir);
        Files.createDirectories(out);
        try (Browser desktop = Browser.open(1280, 1500); Browser phone = Browser.open(375, 1100)) {
            resetModes(desktop);
            open(desktop, SHUYANG, "");
            Files.write(out.resolve("report-1280.png"), desktop.screenshot());
            open(desktop, SHUYANG, "#gk-elder");
            Files.write(out.resolve("report-elder-1280.png"), desktop.screenshot());

            resetModes(phone);
            open(phone, SHUYANG, "");
            assertEquals(375L, phone.script("return document.documentElement.scrollWidth"),
                    "nothing but the tables' own boxes is wider than the phone");
            Files.write(out.resolve("report-375.png"), phone.screenshot());
            phone.script("document.getElementById('t3').closest('.table-scroll').scrollIntoView()");
            Files.write(out.resolve("report-375-table.png"), phone.screenshot());
            open(phone, SHUYANG, "#gk-elder");
            phone.script("window.scrollTo(0, 0)");
            Files.write(out.resolve("report-elder-375.png"), phone.screenshot());
        }
    }

    private void assertElderLooks() {
        double fontSize = Double.parseDouble(((String) browser.script(
                "return getComputedStyle(document.querySelector('.article-content p')).fontSize")).replace("px", ""));
        double lineHeight = Double.parseDouble(((String) browser.script(
                "return getComputedStyle(document.querySelector('.article-content p')).lineHeight")).replace("px", ""));
        assertTrue(lineHeight >= 1.3 * fontSize, lineHeight + " / " + fontSize);
        assertEquals("4px", browser.script("return getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--focus-width').trim()"), "large focus outlines");
    }

    private static void resetModes(Browser in) {
        open(in, EXAMPLE.resolve("index.html"), "");
        in.script("localStorage.clear(); document.documentElement.className = ''");
    }

    private static String rootFontSize() {
        return (String) browser.script("return getComputedStyle(document.documentElement).fontSize");
    }

    private static String fontFamily() {
        return (String) browser.script("return getComputedStyle(document.body).fontFamily");
    }

    /** What has the focus, what kind of link it is, and whether a focus indicator is drawn. */
    private static Map<?, ?> focusedElement() {
        return (Map<?, ?>) browser.script("""
                var e = document.activeElement, s = getComputedStyle(e);
                var kind = e.matches('.skip-link') ? 'skip' : e.closest('.site-nav') ? 'nav'
                    : e.closest('.report-list') ? 'report' : e.tagName.toLowerCase();
                var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                var r = e.getBoundingClientRect();
                return {kind: kind, text: e.textContent.trim().slice(0, 20),
                        visible: (outline || s.boxShadow !== 'none') && r.width > 0 && r.height > 0 && r.top >= 0,
                        outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow};
                """);
    }
}
