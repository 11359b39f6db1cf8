package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview keeps the theme (and its parsed templates) exactly while the choice and the override files stay. */
class LiveThemeTest {

    private static final ClassLoader LOADER = LiveThemeTest.class.getClassLoader();
    private static final ThemeChoice RED = new ThemeChoice("default", "red");

    @TempDir
    Path site;

    @Test
    void keptWhileTheChoiceAndTheOverridesStayTheSame() throws IOException {
        LiveTheme live = new LiveTheme();
        Theme first = live.load(RED, LOADER, site);
        assertSame(first, live.load(RED, LOADER, site));
        Theme blue = live.load(new ThemeChoice("default", "blue"), LOADER, site);
        assertNotSame(first, blue, "another colour");

        Path css = site.resolve("theme/assets/css/print.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "a { color: red; }");
        Theme overridden = live.load(RED, LOADER, site);
        assertNotSame(blue, overridden, "an override file added");
        assertSame(overridden, live.load(RED, LOADER, site));

        FileTime tick = Files.getLastModifiedTime(css);
        Files.writeString(css, "a { color: tan; }");
        Files.setLastModifiedTime(css, tick);
        assertNotSame(overridden, live.load(RED, LOADER, site), "the same size and time, another content");
    }
}
