package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder's memory tells the pipeline when AsciiDoc will likely be converted, so that
 * JRuby starts while the reports are read: on a first build and after an .adoc edit, and not
 * after an edit that converts no AsciiDoc (a figure, a Markdown narrative) or none at all.
 */
@Tag("pipeline")
class SiteMemoryTest {

    @TempDir
    Path dir;

    @Test
    void asciidocIsLikelyConvertedOnlyWhenAnAdocFileIsNewOrChanged() {
        SiteProject project = SiteProject.standard(dir.resolve("project"))
                .file("reports/2022/fgj.adoc", "= 2022 年报告\n\n第一段。\n")
                .file("reports/2023/fgj.md", "2023 年的正文。\n");
        assertEquals(true, likely(project), "a first build converts every narrative");

        build(project);
        project.file("reports/2023/fgj.md", "2023 年的正文，改过。\n");
        assertEquals(false, likely(project), "a Markdown edit");

        build(project);
        project.file("reports/2022/fgj.adoc", "= 2022 年报告\n\n第一段，改过。\n");
        assertEquals(true, likely(project), "an AsciiDoc edit");

        build(project);
        project.file("reports/2022/fgj.adoc", "= 2022 年报告\n\n第一段，改过。\n"); // the same text written again
        assertEquals(false, likely(project), "an .adoc saved unchanged");

        build(project);
        project.file("reports/2024/fgj.adoc", "= 2024 年报告\n\n新的一年。\n");
        assertEquals(true, likely(project), "a new .adoc report");
    }

    private static void build(SiteProject project) {
        new SiteGenerator(BuildLog.silent(), SiteMemoryTest.class.getClassLoader())
                .generate(project.root(), site(project), cache(project));
    }

    /** Opening the memory forgets the build record (a build then follows): one question per build. */
    private static boolean likely(SiteProject project) {
        Path site = site(project);
        try (Memory memory = Memory.open(project.root(), site, cache(project),
                site.resolveSibling("site-validation.json"), SiteMemoryTest.class.getClassLoader(), true,
                BuildLog.silent())) {
            return memory.likelyConvertsAsciidoc();
        }
    }

    private static Path site(SiteProject project) {
        return project.root().resolve("target/site");
    }

    private static Path cache(SiteProject project) {
        return project.root().resolve("target/gongkai-cache");
    }
}
