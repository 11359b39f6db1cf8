package io.github.gongkai.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which
 * {@code .ci/run} installs) for tests that must see a page as a citizen's browser does.
 * Nothing is downloaded: the browser and driver paths are given, so Selenium Manager stays idle.
 * Without them the test is skipped, or fails under {@code -Dgongkai.requireBrowser=true}
 * ({@link BrowserRequirement}).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts Chromium with a window of the given size in CSS pixels. */
    public static Browser open(int width, int height) {
        return open(width, height, new String[0]);
    }

    /**
     * Starts Chromium with more command-line switches, e.g.
     * {@code --blink-settings=scriptEnabled=false} to see the site as a visitor without JavaScript.
     */
    public static Browser open(int width, int height, String... switches) {
        BrowserRequirement.need(CHROMIUM, "Chromium");
        BrowserRequirement.need(CHROMEDRIVER, "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags this machine's closed network needs (no background fetches, no sandbox as root).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        options.addArguments(switches);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // The viewport exactly as asked: a window cannot be narrower than ~500 px, a phone is 375.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return new Browser(driver);
    }

    /**
     * Gives the page a viewport of another size without restarting the browser (a window cannot be
     * narrower than ~500 px, so the viewport is emulated, as {@link #open} does).
     */
    public Browser resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return this;
    }

    /** The WebDriver, for finding elements, typing and clicking. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of a generated site from disk, as the offline archive is used. */
    public Browser load(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        return this;
    }

    /** Runs a script in the page (not subject to the page's Content-Security-Policy). */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Console messages at SEVERE level since the last call: failed loads, CSP violations, errors. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A PNG screenshot of the viewport. */
    public byte[] screenshot() {
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
