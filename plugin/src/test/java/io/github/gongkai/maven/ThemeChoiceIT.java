package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Real Maven runs of sites that change their theme: a file of the site's own {@code theme/}
 * folder replacing the theme's, another theme artifact added as a plugin dependency, and a
 * theme name that does not exist.
 */
class ThemeChoiceIT {

    private static final Path IT = Path.of(System.getProperty("gongkai.it.dir", "target/it"));
    private static final Path THEME_JAR = Path.of("../themes/default/src/main/resources/gongkai/themes/default");

    @Test
    void aSitesOwnTemplateAndAssetReplaceTheThemesOfTheSamePath() throws IOException {
        Path site = IT.resolve("theme-override/target/site");
        Document column = SiteLinks.parse(site.resolve("ndbg/index.html"));
        assertEquals("本栏目发布本县各级行政机关的政府信息公开工作年度报告。", column.selectFirst("p.site-intro").text(),
                "theme/templates/column.ftlh was used");
        assertNotNull(column.selectFirst("form.site-search"), "…inside the theme's own layout.ftlh");
        assertTrue(SiteLinks.parse(site.resolve("ndbg/2018/pingshun.html")).select("p.site-intro").isEmpty(),
                "the other templates are the theme's");

        assertEquals(Files.readString(IT.resolve("theme-override/theme/assets/css/print.css")),
                Files.readString(site.resolve("theme/css/print.css")), "theme/assets/css/print.css was used");
        assertEquals(Files.readString(THEME_JAR.resolve("assets/css/gongkai.css")),
                Files.readString(site.resolve("theme/css/gongkai.css")), "the other assets are the theme's");
        assertEquals(List.of(), SiteLinks.problems(site));
    }

    @Test
    void blueVariantWithLogoAndFooterBadges() {
        Document home = SiteLinks.parse(IT.resolve("theme-override/target/site/index.html"));
        assertEquals("theme-blue", home.body().className());
        assertEquals("assets/logo.svg", home.selectFirst(".site-name img.site-logo").attr("src"));
        Element badge = home.selectFirst("footer .badges a[href=https://bszs.conac.cn/]");
        assertEquals("党政机关网站标识（测试）", badge.selectFirst("img").attr("alt"));
        assertEquals("assets/badge.svg", badge.selectFirst("img").attr("src"));
        assertEquals("我为政府网站找错", home.selectFirst("footer .badges a[href*=jiucuo]").text());
    }

    @Test
    void anotherThemeArtifactIsPickedByNameAndFallsBackToTheDefaultTheme() throws IOException {
        Path site = IT.resolve("other-theme/target/site");
        Document home = SiteLinks.parse(site.resolve("index.html"));
        assertEquals("测试站（简版首页）", home.selectFirst("h1.plain-home").text(), "the plain theme's home.ftlh");
        assertEquals("theme-blue", home.body().className());
        Document report = SiteLinks.parse(site.resolve("ndbg/2018/pingshun.html"));
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", report.selectFirst("h1").text(),
                "report.ftlh comes from the default theme it extends");
        assertTrue(Files.isRegularFile(site.resolve("theme/css/gongkai.css")));
        assertEquals(List.of(), SiteLinks.problems(site));
    }

    @Test
    void anUnknownThemeNameFailsListingTheAvailableThemes() throws IOException {
        String log = Files.readString(IT.resolve("nosuch-theme/build.log"));
        assertTrue(log.contains("BUILD FAILURE"), log);
        assertFalse(log.lines().anyMatch(l -> l.matches("\\s+at \\S+\\(.*\\)")), "no stack trace:\n" + log);
        assertTrue(log.contains("site.yaml: 找不到主题 \"nosuch\"（可用的主题：default）：请检查 theme.name，或在 pom.xml "
                + "中把该主题的 jar 加入插件的 <dependencies> / theme not found, available: default"), log);
    }
}
