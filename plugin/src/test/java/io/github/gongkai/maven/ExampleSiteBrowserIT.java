package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The generated example site opened from disk (file://) in a real headless Chromium. */
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
        browser.close();
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
