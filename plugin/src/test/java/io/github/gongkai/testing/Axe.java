package io.github.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core, the accessibility engine, run inside a page of a real browser. The npm package is
 * pinned by {@code src/test/browser/package-lock.json} and installed into {@code target/browser}
 * by {@code npm ci} before the integration tests.
 */
public final class Axe {

    /** WCAG 2.0 and 2.1, levels A and AA: what GB/T 37668-2019 二级 corresponds to. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The WCAG rules and axe-core's best practices (landmarks, region, headings and the like). */
    public static final List<String> TAGS_AND_BEST_PRACTICES =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    static final Path SCRIPT = Path.of(System.getProperty("gongkai.axe",
            "target/browser/node_modules/axe-core/axe.min.js"));

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** Reads axe-core as npm installed it. */
    public static Axe load() {
        BrowserRequirement.need(SCRIPT, "axe-core");
        try {
            return new Axe(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: `mvn verify` installs it with npm ci into "
                    + SCRIPT.getParent(), e);
        }
    }

    /** axe-core's version, e.g. 4.14.1, as read from the script loaded in the page. */
    public String version(Browser browser) {
        inject(browser);
        return (String) browser.script("return axe.version");
    }

    /**
     * Runs the WCAG A/AA rules on the page now shown and returns one line per violation:
     * rule id, impact, help text and the selectors of the failing elements.
     */
    public List<String> violations(Browser browser) {
        return violations(browser, TAGS);
    }

    /** Runs the rules with the given tags on the page now shown, one line per violation. */
    @SuppressWarnings("unchecked")
    public List<String> violations(Browser browser, List<String> tags) {
        inject(browser);
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + ' — '
                        + v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); })
                            .join(' | ');
                    }));
                  }, function (e) { done(['axe-core failed: ' + e]); });
                """, tags);
        return (List<String>) result;
    }

    private void inject(Browser browser) {
        // WebDriver scripts are not subject to the page's Content-Security-Policy.
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(source);
        }
    }
}
