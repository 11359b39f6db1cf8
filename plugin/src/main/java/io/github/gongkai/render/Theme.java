package io.github.gongkai.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: Freemarker templates and static assets under {@code gongkai/themes/<name>/} on the
 * plugin's classpath, so that a theme is a jar a site adds as a plugin dependency.
 */
public final class Theme {

    private static final String ROOT = "gongkai/themes/";

    private final String name;
    private final ClassLoader loader;
    private final URL descriptor;

    private Theme(String name, ClassLoader loader, URL descriptor) {
        this.name = name;
        this.loader = loader;
        this.descriptor = descriptor;
    }

    /** Finds the theme {@code name}; the error names site.yaml, where the theme is chosen. */
    public static Theme load(String name, ClassLoader loader) {
        URL descriptor = loader.getResource(ROOT + name + "/theme.yaml");
        if (descriptor == null) {
            throw new InputError(SourceLocation.of(Path.of("site.yaml")), "找不到主题 \"" + name
                    + "\"：请检查 theme.name，或在 pom.xml 中把该主题加入插件的 <dependencies> / theme not found");
        }
        return new Theme(name, loader, descriptor);
    }

    /** The theme's name. */
    public String name() {
        return name;
    }

    /** Where Freemarker finds the theme's templates. */
    TemplateLoader templateLoader() {
        return new ClassTemplateLoader(loader, "/" + ROOT + name + "/templates");
    }

    /** Every asset file (css, js, images) by its path under {@code assets/}, sorted. */
    public Map<String, byte[]> assets() {
        try {
            if ("jar".equals(descriptor.getProtocol())) {
                URL jar = ((JarURLConnection) descriptor.openConnection()).getJarFileURL();
                try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar.toURI()))) {
                    return readAll(fs.getPath(ROOT + name, "assets"));
                }
            }
            return readAll(Path.of(descriptor.toURI()).resolveSibling("assets"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> readAll(Path assetsDir) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        if (!Files.isDirectory(assetsDir)) {
            return assets;
        }
        try (Stream<Path> files = Files.walk(assetsDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assets.put(assetsDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return assets;
    }
}
