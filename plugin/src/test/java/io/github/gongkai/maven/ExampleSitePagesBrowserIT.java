package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.Axe;
import io.github.gongkai.testing.Browser;
import io.github.gongkai.testing.NeedsBrowser;
import io.github.gongkai.testing.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of the generated example site, opened from disk in one headless Chromium, at 1280, 375
 * and 320 CSS pixels, each in three modes (normal, 大字号, 适老化 with 大字号): axe-core finds no
 * WCAG 2.1 A/AA violation and no best-practice one, nothing scrolls the page sideways (WCAG 1.4.10
 * reflow), and every focus outline has 3:1 against the background it is drawn on (WCAG 1.4.11).
 * One browser session: the viewport is resized and the mode switched (the classes gongkai.js sets)
 * without reloading the page.
 */
@NeedsBrowser
class ExampleSitePagesBrowserIT {

    private static final Path SITE = Path.of(System.getProperty("gongkai.example.dir", "target/example"))
            .resolve("site-content/target/site");

    static final int[] WIDTHS = {1280, 375, 320};

    /** The classes on {@code <html>}: what gongkai.js sets, and :target does without JavaScript. */
    static final Map<String, String> MODES = new java.util.LinkedHashMap<>(
            Map.of("正常", "", "大字号", "fs-l", "适老化+大字号", "elder fs-l"));

    /**
     * axe-core (a second or so a run on two shared cores) runs on every page in three views, so that
     * every width and every mode is seen by it: 1280 px normal, 375 px 大字号, 320 px 适老化+大字号.
     * The reflow and focus checks, quick, run in all nine.
     */
    static final java.util.Set<String> AXE_VIEWS = java.util.Set.of("1280 正常", "375 大字号", "320 适老化+大字号");

    private static Browser browser;
    private static Axe axe;

    @BeforeAll
    static void start() {
        browser = Browser.open(1280, 900);
        axe = Axe.load();
    }

    @AfterAll
    static void stop() {
        if (browser != null) { // null when the browser checks were skipped
            browser.close();
        }
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(SITE)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageAtEveryWidthAndModeHasNoAxeViolationNoSidewaysScrollAndVisibleFocus() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 80, "the example site has its pages: " + pages.size());
        List<String> problems = new ArrayList<>();
        int checks = 0;
        try (SiteServer server = SiteServer.start(SITE)) {
            for (Path page : pages) {
                String name = SITE.relativize(page).toString();
                browser.resize(1280, 900);
                if (name.equals("404.html")) {
                    // Served by a web server for a missing address at any depth (its links are
                    // root-relative), not opened from disk: checked where it is used.
                    browser.driver().get(server.url("ndbg/2099/no/such/page.html"));
                } else {
                    browser.load(page);
                }
                headOf(name, page, problems);
                for (int width : WIDTHS) {
                    browser.resize(width, 900);
                    for (Map.Entry<String, String> mode : MODES.entrySet()) {
                        String where = name + " @" + width + "px " + mode.getKey() + ": ";
                        browser.script("document.documentElement.className = 'js ' + arguments[0]", mode.getValue());
                        Map<?, ?> scroll = (Map<?, ?>) browser.script(SIDEWAYS);
                        if (!Boolean.TRUE.equals(scroll.get("fits"))) {
                            problems.add(where + "scrolls sideways " + scroll);
                        }
                        for (String focus : focusProblems()) {
                            problems.add(where + focus);
                        }
                        if (AXE_VIEWS.contains(width + " " + mode.getKey())) {
                            for (String violation : axe.violations(browser, Axe.TAGS_AND_BEST_PRACTICES)) {
                                problems.add(where + "axe " + violation);
                            }
                        }
                        checks++;
                    }
                }
            }
        }
        problems.forEach(System.out::println);
        assertEquals(List.of(), problems.stream().limit(40).toList(),
                problems.size() + " problems in " + checks + " page views (the first 40 shown)");
    }

    @Test
    void onAPhoneTableThreeKeepsItsRowLabelsInViewAndTheMetadataKeepsItsDateOnOneLine() {
        Path report = SITE.resolve("ndbg/2023/xzf.html");
        for (int width : new int[] {375, 320}) {
            browser.resize(width, 900);
            browser.load(report);
            for (Map.Entry<String, String> mode : MODES.entrySet()) {
                String where = width + "px " + mode.getKey();
                browser.script("document.documentElement.className = 'js ' + arguments[0]", mode.getValue());
                Map<?, ?> t3 = (Map<?, ?>) browser.script("""
                        var box = document.getElementById('t3').closest('.table-scroll');
                        box.scrollIntoView(); box.scrollLeft = box.scrollWidth;
                        var left = box.getBoundingClientRect().left, out = [];
                        box.querySelectorAll('tbody th[scope=row]').forEach(function (th) {
                          var r = th.getBoundingClientRect();
                          if (r.left < left - 1) { out.push(th.textContent.slice(0, 12) + ' left=' + Math.round(r.left)); }
                        });
                        var result = {scrolled: box.scrollLeft, outOfView: out.slice(0, 3).join(', ')};
                        box.scrollLeft = 0;
                        return result;
                        """);
                assertTrue(((Number) t3.get("scrolled")).intValue() > 50, where + ": 表三 scrolls in its box " + t3);
                assertEquals("", t3.get("outOfView"), where + ": row labels of 表三 scrolled out of view " + t3);
                // 公开日期 in the 信息公开 metadata table: one line.
                Number lines = (Number) browser.script("""
                        var td = document.querySelector('.info-meta tr:nth-child(2) td'), range = document.createRange();
                        range.selectNodeContents(td);
                        var tops = {};
                        Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = 1; });
                        return Object.keys(tops).length;
                        """);
                assertEquals(1, lines.intValue(), where + ": the date in the metadata table is on one line");
            }
        }
    }

    @Test
    void chartSeriesDifferInLightnessOrPatternAndTheirTextIsReadableOnAPhone() {
        Path jg = SITE.resolve("ndbg/jg/xzf.html");
        for (int width : WIDTHS) {
            browser.resize(width, 900);
            browser.load(jg);
            Map<?, ?> chart = (Map<?, ?>) browser.script(CHART);
            assertTrue(((Number) chart.get("charts")).intValue() >= 2, "charts on " + jg);
            assertEquals("", chart.get("alike"), width + "px: series told apart only by hue");
            double smallest = ((Number) chart.get("smallestText")).doubleValue();
            assertTrue(smallest >= 10, width + "px: chart text of " + smallest + " px");
            System.out.println("chart @" + width + "px: smallest text " + smallest + " px; " + chart.get("fills"));
        }
        browser.resize(1280, 900);
    }

    /**
     * The series of every chart, pairwise: distinct when either is a pattern or their luminances
     * differ 3:1 or more; and the smallest text as drawn, in CSS pixels.
     */
    private static final String CHART = """
            function lum(c) {
              var p = c.match(/\\d+(\\.\\d+)?/g).map(parseFloat);
              function ch(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * ch(p[0]) + 0.7152 * ch(p[1]) + 0.0722 * ch(p[2]);
            }
            var alike = [], fills = [], smallest = 1e9, charts = document.querySelectorAll('figure.chart svg');
            charts.forEach(function (svg) {
              var series = [];
              for (var i = 1; i <= 3; i++) {
                var rect = svg.querySelector('rect.series-' + i);
                if (rect) { series.push({n: i, fill: getComputedStyle(rect).fill}); }
              }
              fills.push(series.map(function (s) { return s.n + ':' + s.fill; }).join(' '));
              for (var a = 0; a < series.length; a++) {
                for (var b = a + 1; b < series.length; b++) {
                  var x = series[a].fill, y = series[b].fill;
                  if (x.indexOf('url(') >= 0 || y.indexOf('url(') >= 0) { continue; }
                  var l1 = lum(x), l2 = lum(y), r = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                  if (r < 3) { alike.push('series ' + series[a].n + ' ' + x + ' and ' + series[b].n + ' ' + y + ': ' + r.toFixed(2) + ':1'); }
                }
              }
              var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              svg.querySelectorAll('text').forEach(function (t) {
                smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
              });
            });
            return {charts: charts.length, alike: alike.slice(0, 3).join('; '), fills: fills[0],
                    smallestText: Math.round(smallest * 10) / 10};
            """;

    @Test
    void printingIsOnA4() {
        Object size;
        // Over HTTP: the rules of a file:// stylesheet cannot be read by a script.
        try (SiteServer server = SiteServer.start(SITE)) {
            browser.driver().get(server.url("ndbg/2023/xzf.html"));
            size = browser.script("""
                for (var i = 0; i < document.styleSheets.length; i++) {
                  var rules = document.styleSheets[i].cssRules;
                  for (var j = 0; j < rules.length; j++) {
                    if (rules[j] instanceof CSSPageRule && rules[j].style.getPropertyValue('size')) {
                      return rules[j].style.getPropertyValue('size');
                    }
                  }
                }
                return null;
                """);
        }
        assertTrue("A4".equalsIgnoreCase(String.valueOf(size)), "@page size: " + size);
    }

    /** A favicon of the theme's own and a meta description on every page. */
    private static void headOf(String name, Path page, List<String> problems) {
        String description = (String) browser.script(
                "var m = document.querySelector('meta[name=description]'); return m ? m.content : ''");
        if (description.isBlank()) {
            problems.add(name + ": no <meta name=description>");
        }
        String icon = (String) browser.script(
                "var l = document.querySelector('link[rel~=icon]'); return l ? l.href : ''");
        Path file = icon.startsWith("http:") ? SITE.resolve(URI.create(icon).getPath().substring(1))
                : icon.startsWith("file:") ? Path.of(URI.create(icon)) : null;
        if (file == null || !Files.isRegularFile(file)) {
            problems.add(name + ": no favicon in the site (" + icon + ")");
        }
    }

    /** Whether the page is as narrow as its viewport, and the elements that stick out if not. */
    private static final String SIDEWAYS = """
            var root = document.scrollingElement, width = root.clientWidth, out = [];
            if (root.scrollWidth <= width) { return {fits: true}; }
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > width + 0.5 && out.length < 5 && !e.closest('.table-scroll, .chart-scroll')) {
                out.push((e.tagName + '.' + e.className).slice(0, 60) + ' right=' + Math.round(r.right));
              }
            });
            return {fits: false, scrollWidth: root.scrollWidth, clientWidth: width, widest: out.join(', ')};
            """;

    /**
     * Focuses every focusable element in turn and measures its outline colour against the colours
     * it is drawn on: the element's own background for an inset outline, else the first opaque
     * background of its ancestors (with the colours of a gradient, and translucent layers blended).
     */
    @SuppressWarnings("unchecked")
    static List<String> focusProblems() {
        return (List<String>) browser.script(FOCUS);
    }

    static final String FOCUS = """
            function parse(c) {
              var m = c.match(/rgba?\\(([^)]+)\\)/);
              if (!m) { return null; }
              var p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(parseFloat);
              return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
            }
            function lum(c) {
              function ch(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
            }
            function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            function over(top, under) {
              return {r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
                      b: top.b * top.a + under.b * (1 - top.a), a: 1};
            }
            // The colours behind the outline: translucent layers blended onto the first opaque one.
            function backgrounds(start) {
              var layers = [], extra = [];
              for (var n = start; n; n = n.parentElement) {
                var s = getComputedStyle(n), c = parse(s.backgroundColor);
                (s.backgroundImage.match(/rgba?\\([^)]+\\)/g) || []).forEach(function (g) {
                  var p = parse(g); if (p.a === 1) { extra.push(p); }
                });
                if (c && c.a > 0) { layers.push(c); if (c.a === 1) { break; } }
              }
              var base = {r: 255, g: 255, b: 255, a: 1};
              for (var i = layers.length - 1; i >= 0; i--) { base = layers[i].a === 1 ? layers[i] : over(layers[i], base); }
              return [base].concat(extra);
            }
            var problems = [];
            var all = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
            for (var i = 0; i < all.length; i++) {
              var e = all[i];
              if (e.tabIndex < 0 || e.getClientRects().length === 0) { continue; }
              e.focus();
              if (document.activeElement !== e) { continue; }
              var s = getComputedStyle(e), label = (e.tagName + '.' + e.className + ' ' + e.textContent.trim()).slice(0, 40);
              if (!e.matches(':focus-visible')) { problems.push('focus not visible: ' + label); continue; }
              if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) {
                problems.push('no focus outline: ' + label); continue;
              }
              var colour = parse(s.outlineColor);
              var behind = backgrounds(parseFloat(s.outlineOffset) < 0 ? e : e.parentElement);
              behind.forEach(function (b) {
                var r = ratio(colour, b);
                if (r < 3) {
                  problems.push('focus outline ' + s.outlineColor + ' on rgb(' + [b.r, b.g, b.b].map(Math.round)
                      + ') is ' + r.toFixed(2) + ':1: ' + label);
                }
              });
              e.blur();
            }
            window.scrollTo(0, 0);
            return problems.filter(function (p, i, a) { return a.indexOf(p) === i; });
            """;
}
