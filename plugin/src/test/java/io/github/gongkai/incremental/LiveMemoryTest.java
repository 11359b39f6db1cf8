package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.render.NarrativeBatch;
import io.github.gongkai.render.NarrativeConverter;
import io.github.gongkai.render.RenderedPage;
import io.github.gongkai.render.SiteRenderer;
import io.github.gongkai.render.Theme;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.testing.FolderHashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's memory: each build takes from the last successful one, in the heap, what did not
 * change, and a failed build leaves that one's entries. Built as the pipeline builds: load, check,
 * convert, render.
 */
@Tag("pipeline")
class LiveMemoryTest {

    @TempDir
    Path dir;

    private SiteProject project;
    private Memory.Live live;

    @BeforeEach
    void threeReports() {
        project = SiteProject.standard(dir.resolve("project"));
        for (int year = 2021; year <= 2023; year++) {
            project.file("reports/" + year + "/fgj.md", "第 " + year + " 年的正文。\n");
        }
        live = Memory.live(project.root(), project.root().resolve("target/site"),
                project.root().resolve("target/gongkai-cache"), getClass().getClassLoader(), true);
    }

    /** What one build did. */
    private record Build(int converted, int fromCache, Memory.Kept kept, Set<String> rendered, Set<String> paths) {
    }

    private Build build(Memory memory, boolean succeeds) {
        SiteContent content = new SiteLoader(project.root(), BuildLog.silent(), memory).load();
        content.reports().forEach(memory::findings);
        try (NarrativeConverter converter = new NarrativeConverter(project.root().toFile(), BuildLog.silent())) {
            NarrativeBatch batch = NarrativeBatch.convert(content.reports().stream()
                    .flatMap(report -> report.narrative().stream()).toList(), converter, memory, 1, BuildLog.silent());
            Set<String> rendered = new HashSet<>();
            Set<String> paths = new HashSet<>();
            new SiteRenderer(Theme.load("default", getClass().getClassLoader()), batch::toHtml, memory)
                    .render(content, page -> {
                        paths.add(page.path());
                        if (page instanceof RenderedPage) {
                            rendered.add(page.path());
                        }
                    });
            if (succeeds) {
                memory.save();
            }
            return new Build(batch.converted(), batch.fromCache(), memory.kept(), rendered, paths);
        }
    }

    /** The years whose report the next build takes as the last successful one read it. */
    private Set<Integer> recalled() {
        Memory memory = live.next(Set.of());
        Map<String, PublishingBody> bodies = new SiteLoader(project.root(), BuildLog.silent()).load().bodies()
                .stream().collect(Collectors.toMap(PublishingBody::id, Function.identity()));
        Set<Integer> years = new HashSet<>();
        for (int year = 2021; year <= 2023; year++) {
            if (memory.recall(year, "fgj", bodies).isPresent()) {
                years.add(year);
            }
        }
        return years;
    }

    @Test
    void aBuildTakesWhatDidNotChangeFromTheLastSuccessfulOne() throws IOException {
        Build first = build(live.next(Set.of()));
        assertEquals(3, first.converted());
        assertEquals(new Memory.Kept(0, 0), first.kept());
        assertEquals(first.paths(), first.rendered());

        Memory second = live.next(first.paths());
        assertEquals(first.paths(), second.siteInPlace().orElseThrow());
        assertTrue(second.unchanged().isEmpty(), "the preview builds on every change");
        Build same = build(second);
        assertEquals(0, same.converted());
        assertEquals(3, same.fromCache());
        assertEquals(3, same.kept().reports());
        assertTrue(same.kept().listPages() > 0, same.toString());
        assertEquals(first.paths(), same.paths());

        // The report at one end of the column: it and its one neighbour are built again, the other kept.
        Files.writeString(project.root().resolve("reports/2021/fgj.md"), "改过的正文。\n");
        Build edited = build(live.next(same.paths()));
        assertEquals(1, edited.converted());
        assertEquals(1, edited.kept().reports(), edited.toString());
        assertTrue(edited.rendered().contains("ndbg/2021/fgj.html"));
        assertFalse(edited.rendered().contains("ndbg/2023/fgj.html"));
        assertEquals(Set.of(2021, 2022, 2023), recalled());
    }

    @Test
    void aFailedBuildLeavesTheEntriesOfTheLastSuccessfulOne() throws IOException {
        build(live.next(Set.of()));
        assertEquals(Set.of(2021, 2022, 2023), recalled());

        Files.writeString(project.root().resolve("reports/2022/fgj.md"), "改过的正文。\n");
        Build failed = build(live.next(Set.of()), false);
        assertEquals(1, failed.converted());
        assertEquals(Set.of(2021, 2023), recalled(), "the edited report as the failed build read it is not kept");
        Build again = build(live.next(Set.of()));
        assertEquals(1, again.converted(), "the entries are the last successful build's");
        assertEquals(2, again.fromCache());
        assertEquals(Set.of(2021, 2022, 2023), recalled());
    }

    private Build build(Memory memory) {
        return build(memory, true);
    }

    /** A memory never saved, and no site:generate before: the first build of a preview starts empty. */
    @Test
    void theFirstBuildStartsEmpty() {
        Memory memory = live.next(Set.of());
        assertTrue(memory.siteInPlace().isEmpty());
        assertTrue(recalled().isEmpty());
    }

    /** After a site:generate, the first build of a preview takes what its cache holds, and leaves it as it was. */
    @Test
    void theFirstBuildAfterAGenerateConvertsNothingAgain() throws IOException {
        Path cache = project.root().resolve("target/gongkai-cache");
        new SiteGenerator(BuildLog.silent(), getClass().getClassLoader(), true)
                .generate(project.root(), project.root().resolve("target/site"), cache);
        Map<String, String> before = FolderHashes.of(cache);
        Build first = build(live.next(Set.of()));
        assertEquals(0, first.converted());
        assertEquals(3, first.fromCache());
        assertEquals(before, FolderHashes.of(cache), "site:generate's cache is only read");
        FolderHashes.deleteTree(cache);
        Build second = build(live.next(first.paths()));
        assertEquals(0, second.converted(), "what the first build took from the cache is now in memory");
    }
}
