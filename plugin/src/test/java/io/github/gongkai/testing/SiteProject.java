package io.github.gongkai.testing;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small site project into a temporary folder, file by file, for loader tests. */
public final class SiteProject {

    /** A valid site.yaml with only the required keys. */
    public static final String SITE_YAML = "siteName: 测试站\nregion: 测试县\nsponsor: 测试县人民政府办公室\n";

    /** bodies.yaml with one sub-district and one department. */
    public static final String BODIES_YAML = """
            - id: pingshun
              name: 庆安县平顺街道办事处
              shortName: 平顺街道办事处
              category: subdistrict
            - id: fgj
              name: 庆安县发展和改革局
              category: department
              names:
                - {until: 2018, name: 庆安县发展计划局}
            """;

    private final Path root;

    private SiteProject(Path root) {
        this.root = root;
    }

    /** A project in {@code dir} with the standard site.yaml and bodies.yaml. */
    public static SiteProject standard(Path dir) {
        return new SiteProject(dir).file("site.yaml", SITE_YAML).file("bodies.yaml", BODIES_YAML);
    }

    /** An empty project in {@code dir}. */
    public static SiteProject empty(Path dir) {
        return new SiteProject(dir);
    }

    /** Writes (or overwrites) a file, UTF-8. */
    public SiteProject file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes (or overwrites) a file. */
    public SiteProject bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the project as the build would. */
    public SiteContent load() {
        return new SiteLoader(root, BuildLog.silent()).load();
    }

    /** The project's only (or first) report. */
    public AnnualReport firstReport() {
        return load().reports().get(0);
    }

    /** The project folder. */
    public Path root() {
        return root;
    }
}
