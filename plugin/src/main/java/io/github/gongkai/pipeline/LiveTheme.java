package io.github.gongkai.pipeline;

import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.incremental.Forget;
import io.github.gongkai.output.SiteFiles;
import io.github.gongkai.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * 预览: the theme of the last build, kept (with its parsed templates and read assets) while the
 * site chooses the same theme and colour and every file under the project's {@code theme/} folder
 * has the same content. The files are compared by content, not by time, so that a second edit
 * within the file system's clock tick is seen. The theme jars cannot change under a running JVM's
 * class loader. Not for use by several threads at once.
 */
final class LiveTheme {

    private String key;
    private Theme theme;

    /** The theme {@code choice} names, with the overrides under {@code projectDir/theme/}. */
    Theme load(ThemeChoice choice, ClassLoader loader, Path projectDir) {
        String now = key(choice, projectDir.resolve(Theme.OVERRIDE_DIR));
        if (now != null && now.equals(key) && !Forget.off("theme")) {
            return theme;
        }
        Theme loaded = Theme.load(choice, loader, projectDir);
        key = now;
        theme = loaded;
        return loaded;
    }

    /** The choice and every override file's path and content as one text; null when a file cannot be read. */
    private static String key(ThemeChoice choice, Path overrides) {
        StringBuilder key = new StringBuilder(choice.name()).append('\n').append(choice.color());
        if (!Files.isDirectory(overrides)) {
            return key.toString();
        }
        try (Stream<Path> walk = Files.walk(overrides, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                key.append('\n').append(overrides.relativize(file)).append(' ').append(SiteFiles.sha256(file));
            }
        } catch (IOException | UncheckedIOException e) {
            return null; // the build reads the theme anew and names what is wrong
        }
        return key.toString();
    }
}
