package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.diagnostic.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a theme on the class path, its colours, and a site's own files replacing the theme's. */
class ThemeTest {

    private static final ClassLoader LOADER = ThemeTest.class.getClassLoader();

    @TempDir
    Path site;

    @Test
    void anUnknownThemeListsTheAvailableOnes() {
        InputError error = assertThrows(InputError.class,
                () -> Theme.load(new ThemeChoice("nosuch", "red"), LOADER, site));
        assertEquals("site.yaml: 找不到主题 \"nosuch\"（可用的主题：default）：请检查 theme.name，或在 pom.xml 中把该主题的 jar "
                + "加入插件的 <dependencies> / theme not found, available: default", error.getMessage());
    }

    @Test
    void aColourTheThemeDoesNotDeclareIsRefused() {
        InputError error = assertThrows(InputError.class,
                () -> Theme.load(new ThemeChoice("default", "green"), LOADER, site));
        assertEquals("site.yaml: theme.color \"green\" 不是主题 default 的配色，可选：red、blue / unknown colour, choose "
                + "one of red, blue", error.getMessage());
    }

    @Test
    void theSitesOwnAssetReplacesTheThemesAndAddsNewOnes() throws IOException {
        Path css = site.resolve("theme/assets/css/gongkai.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body{}");
        Files.writeString(site.resolve("theme/assets/css/extra.css"), "p{}");
        Map<String, byte[]> assets = Theme.load(new ThemeChoice("default", "blue"), LOADER, site).assets();
        assertArrayEquals("body{}".getBytes(StandardCharsets.UTF_8), assets.get("css/gongkai.css"));
        assertTrue(assets.containsKey("css/extra.css"));
        assertTrue(new String(assets.get("js/gongkai.js"), StandardCharsets.UTF_8).contains("localStorage"),
                "the theme's other files stay");
        assertEquals(List.of("css/extra.css", "css/gongkai.css", "css/print.css", "img/favicon.svg", "js/gongkai.js", "js/search.js"),
                List.copyOf(assets.keySet()));
    }

    @Test
    void anOverriddenTemplateIsNamedAsTheSitesFileInErrors() throws IOException {
        Path template = site.resolve("theme/templates/year.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "x");
        Theme theme = Theme.load(new ThemeChoice("default", "red"), LOADER, site);
        assertEquals("theme/templates/year.ftlh", theme.describe("year.ftlh"));
        assertEquals("theme default/templates/report.ftlh", theme.describe("report.ftlh"));
    }
}
