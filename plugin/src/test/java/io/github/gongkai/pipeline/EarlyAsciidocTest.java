package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.incremental.Memory;
import io.github.gongkai.incremental.NarrativeMemory;
import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JRuby is started early only for an AsciiDoc narrative the cache does not hold, whatever the build record says. */
@Tag("pipeline")
class EarlyAsciidocTest {

    private static final List<String> BOTH = List.of("reports/2018/pingshun.adoc", "reports/2019/pingshun.adoc");

    @TempDir
    Path dir;

    @Test
    void aNarrativeTheCacheHoldsNeedsNoEarlyStartAndAChangedOneDoes() {
        Path project = dir.resolve("project");
        SiteProject site = SiteProject.standard(project)
                .file("reports/2018/pingshun.adoc", "= 2018年报\n\n正文。\n")
                .file("reports/2019/pingshun.adoc", "= 2019年报\n\n正文。\n");
        Path cache = project.resolve("target/gongkai-cache");
        try (Memory empty = open(cache, project, true)) {
            assertTrue(EarlyAsciidoc.needed(project, BOTH, empty), "nothing converted yet");
        }

        new SiteGenerator(BuildLog.silent(), getClass().getClassLoader())
                .generate(project, project.resolve("target/site"), cache);
        try (Memory built = open(cache, project, true)) {
            // As after a failed build, which leaves no build record: every file counts as changed.
            assertFalse(EarlyAsciidoc.needed(project, BOTH, built), "both are in the cache");
        }

        site.file("reports/2019/pingshun.adoc", "= 2019年报\n\n改过的正文。\n");
        try (Memory built = open(cache, project, true)) {
            assertTrue(EarlyAsciidoc.needed(project, BOTH, built), "the edited one is not");
        }
        try (Memory built = NarrativeMemory.open(cache, project, true)) {
            assertTrue(EarlyAsciidoc.needed(project, BOTH.subList(0, 1), built),
                    "a narrative whose file was not examined is keyed by its text, which the build did not store");
        }
        try (Memory other = open(cache, project, false)) {
            assertTrue(EarlyAsciidoc.needed(project, BOTH.subList(0, 1), other), "another sanitize setting is another key");
        }
    }

    /** The cache as a build opens it, with the project's files examined as that build examines them. */
    private static Memory open(Path cache, Path project, boolean sanitize) {
        return NarrativeMemory.examined(cache, project, sanitize);
    }

    @Test
    void anUnreadableFileIsLeftToTheLoader() {
        Path project = dir.resolve("project");
        SiteProject.standard(project).bytes("reports/2018/pingshun.adoc", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        try (Memory empty = NarrativeMemory.open(project.resolve("cache"), project, true)) {
            assertFalse(EarlyAsciidoc.needed(project, List.of("reports/2018/pingshun.adoc"), empty));
        }
    }
}
