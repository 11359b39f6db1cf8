package io.github.gongkai.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import io.github.gongkai.content.SourceText;
import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A theme: Freemarker templates and static assets under {@code gongkai/themes/<name>/} on the
 * plugin's classpath, so that a theme is a jar a site adds as a plugin dependency. A site
 * project may replace any of its files by one at the same path under its own {@code theme/}
 * folder ({@code theme/templates/report.ftlh}, {@code theme/assets/css/gongkai.css}). A theme
 * whose theme.yaml says {@code extends: default} takes every file it lacks from that theme.
 */
public final class Theme {

    /** The site project's folder whose files replace the theme's files of the same path. */
    public static final String OVERRIDE_DIR = "theme";

    private static final String ROOT = "gongkai/themes/";

    private final String name;
    private final ClassLoader loader;
    private final URL descriptor;
    private final Path overrides;
    private final Theme parent;
    /** Read once: a theme is kept across the preview's builds only while none of its files changed. */
    private volatile Map<String, byte[]> assets;
    private volatile PageTemplates templates;

    private Theme(String name, ClassLoader loader, URL descriptor, Path overrides, Theme parent) {
        this.name = name;
        this.loader = loader;
        this.descriptor = descriptor;
        this.overrides = overrides;
        this.parent = parent;
    }

    /** Finds the theme {@code name}, without site overrides; the error names site.yaml, where it is chosen. */
    public static Theme load(String name, ClassLoader loader) {
        return load(name, loader, null, 0);
    }

    private static Theme load(String name, ClassLoader loader, Path overrides, int depth) {
        URL descriptor = descriptor(name, loader);
        Object base = descriptorYaml(descriptor).get("extends");
        if (base != null && depth > 4) {
            throw new InputError(SourceLocation.of(Path.of("site.yaml")), "主题 " + name
                    + " 的 extends 层级过深或循环 / theme extends too deep or in a cycle");
        }
        Theme parent = base == null ? null : load(String.valueOf(base), loader, null, depth + 1);
        return new Theme(name, loader, descriptor, overrides, parent);
    }

    /**
     * Finds the theme a site chose, checks the colour against those the theme declares, and
     * lets the files under {@code projectDir/theme/} replace the theme's.
     */
    public static Theme load(ThemeChoice choice, ClassLoader loader, Path projectDir) {
        Path dir = projectDir.resolve(OVERRIDE_DIR);
        Theme theme = load(choice.name(), loader, Files.isDirectory(dir) ? dir : null, 0);
        List<String> colors = theme.colors();
        if (!colors.isEmpty() && !colors.contains(choice.color())) {
            throw new InputError(SourceLocation.of(Path.of("site.yaml")), "theme.color \"" + choice.color()
                    + "\" 不是主题 " + choice.name() + " 的配色，可选：" + String.join("、", colors)
                    + " / unknown colour, choose one of " + String.join(", ", colors));
        }
        return theme;
    }

    /** The theme's name. */
    public String name() {
        return name;
    }

    /** Where Freemarker finds the templates: the site's own {@code theme/templates/}, the theme, its bases. */
    TemplateLoader templateLoader() {
        List<TemplateLoader> loaders = new ArrayList<>();
        Path own = overrides == null ? null : overrides.resolve("templates");
        if (own != null && Files.isDirectory(own)) {
            try {
                // FileTemplateLoader refuses a template that a symbolic link leads outside the folder.
                loaders.add(new FileTemplateLoader(own.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Theme t = this; t != null; t = t.parent) {
            loaders.add(new ClassTemplateLoader(t.loader, "/" + ROOT + t.name + "/templates"));
        }
        return loaders.size() == 1 ? loaders.get(0) : new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** How an error names a template: the site's file when it overrides the theme's. */
    String describe(String template) {
        if (overrides != null && Files.isRegularFile(overrides.resolve("templates").resolve(template))) {
            return OVERRIDE_DIR + "/templates/" + template;
        }
        return "theme " + name + "/templates/" + template;
    }

    /** The templates, parsed as they are first used and kept with this theme. */
    PageTemplates templates() {
        PageTemplates made = templates;
        if (made == null) {
            synchronized (this) {
                if (templates == null) {
                    templates = new PageTemplates(this);
                }
                made = templates;
            }
        }
        return made;
    }

    /** Every asset file (css, js, images) by its path under {@code assets/}, sorted; the site's own win. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> read = assets;
        if (read == null) {
            read = Collections.unmodifiableMap(readAssets());
            assets = read;
        }
        return read;
    }

    private Map<String, byte[]> readAssets() {
        try {
            Map<String, byte[]> assets = parent == null ? new TreeMap<>() : parent.readAssets();
            if ("jar".equals(descriptor.getProtocol())) {
                URL jar = ((JarURLConnection) descriptor.openConnection()).getJarFileURL();
                try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar.toURI()))) {
                    assets.putAll(readAll(fs.getPath(ROOT + name, "assets")));
                }
            } else {
                assets.putAll(readAll(Path.of(descriptor.toURI()).resolveSibling("assets")));
            }
            if (overrides != null) {
                Path own = overrides.resolve("assets");
                for (Map.Entry<String, byte[]> file : readAll(own).entrySet()) {
                    Path path = own.resolve(file.getKey());
                    SourceText.requireInside(overrides.getParent(), path,
                            SourceLocation.of(Path.of(OVERRIDE_DIR, "assets", file.getKey())));
                    assets.put(file.getKey(), file.getValue());
                }
            }
            return assets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of every theme on the class path, sorted. */
    static List<String> available(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(ROOT))) {
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);  // a private JarFile, so closing it cannot affect class loading
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(ROOT) && entry.endsWith("/theme.yaml")) {
                                names.add(entry.substring(ROOT.length(), entry.length() - "/theme.yaml".length()));
                            }
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
                        dirs.filter(d -> Files.isRegularFile(d.resolve("theme.yaml")))
                                .forEach(d -> names.add(d.getFileName().toString()));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            // Only the hint in an error message depends on this list.
        }
        names.removeIf(n -> n.contains("/"));
        return List.copyOf(names);
    }

    private static URL descriptor(String name, ClassLoader loader) {
        URL descriptor = name.matches("[a-z0-9][a-z0-9-]*") ? loader.getResource(ROOT + name + "/theme.yaml") : null;
        if (descriptor == null) {
            List<String> known = available(loader);
            throw new InputError(SourceLocation.of(Path.of("site.yaml")), "找不到主题 \"" + name
                    + "\"（可用的主题：" + (known.isEmpty() ? "无" : String.join("、", known))
                    + "）：请检查 theme.name，或在 pom.xml 中把该主题的 jar 加入插件的 <dependencies> / theme not found, "
                    + "available: " + String.join(", ", known));
        }
        return descriptor;
    }

    /** The colour variants the theme declares in its theme.yaml ({@code colors: [red, blue]}), or its base's. */
    private List<String> colors() {
        List<String> colors = new ArrayList<>();
        if (descriptorYaml(descriptor).get("colors") instanceof List<?> list) {
            list.forEach(c -> colors.add(String.valueOf(c)));
        }
        return colors.isEmpty() && parent != null ? parent.colors() : colors;
    }

    private static Map<?, ?> descriptorYaml(URL descriptor) {
        try (InputStream in = descriptor.openStream()) {
            return new Load(LoadSettings.builder().build()).loadFromInputStream(in) instanceof Map<?, ?> map ? map
                    : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> readAll(Path assetsDir) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        if (!Files.isDirectory(assetsDir)) {
            return assets;
        }
        try (Stream<Path> files = Files.walk(assetsDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = assetsDir.relativize(file).toString().replace('\\', '/');
                if (!Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("").startsWith(".")) {
                    assets.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return assets;
    }
}
