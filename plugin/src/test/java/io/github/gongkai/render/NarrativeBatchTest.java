package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.incremental.Memory;
import io.github.gongkai.incremental.NarrativeMemory;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.incremental.CachePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel conversion with the real engines: the same HTML and the same log as one narrative
 * after another; the cache gives back what was converted, converts again only what changed, never
 * keeps a narrative with an include, and is pruned to the current narratives.
 */
class NarrativeBatchTest {

    @TempDir
    static Path project;

    private static NarrativeConverter converter;
    private static final List<Narrative> NARRATIVES = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(project.resolve("part.adoc"), "站内片段。");
        for (int i = 0; i < 16; i++) {
            boolean asciidoc = i % 2 == 0;
            String body = asciidoc
                    ? "= 报告" + i + "\n\n== 一、总体情况\n\n第" + i + "篇正文，*重点*内容。\n\n* 甲\n* 乙\n"
                    : "## 一、总体情况\n\n第" + i + "篇正文，**重点**内容。\n\n| 项目 | 数量 |\n|---|---|\n| 甲 | " + i + " |\n";
            if (i == 4) {
                body += "\n引用了不存在的属性 {missing-" + i + "}。\n";
            }
            if (i == 6) {
                body += "\ninclude::part.adoc[]\n";
            }
            NARRATIVES.add(narrative("reports/20" + (10 + i) + "/body" + i + (asciidoc ? ".adoc" : ".md"), body));
        }
        converter = new NarrativeConverter(project.toFile(), BuildLog.silent());
    }

    @AfterAll
    static void stop() {
        converter.close();
    }

    private static Narrative narrative(String file, String body) {
        return new Narrative(SourceLocation.of(Path.of(file)), file.endsWith(".adoc") ? MarkupLanguage.ASCIIDOC
                : MarkupLanguage.MARKDOWN, body, 1);
    }

    @Test
    void parallelConversionEqualsOneAfterAnother() {
        Lines parallelLog = new Lines();
        NarrativeBatch batch = NarrativeBatch.convert(NARRATIVES, converter, Memory.NONE, 2, parallelLog);
        Lines serialLog = new Lines();
        for (Narrative narrative : NARRATIVES) {
            io.github.gongkai.data.ConvertedNarrative one = converter.convert(narrative);
            one.replay(serialLog);
            assertEquals(one.html(), batch.toHtml(narrative), narrative.source().toString());
        }
        assertEquals(serialLog.warnings, parallelLog.warnings);
        assertEquals(1, parallelLog.warnings.size(), parallelLog.warnings.toString());
        assertTrue(parallelLog.warnings.get(0).startsWith("reports/2014/body4.adoc:"), parallelLog.warnings.toString());
        assertTrue(batch.toHtml(NARRATIVES.get(6)).contains("站内片段。"));
        assertEquals(16, batch.converted());
    }

    @Test
    void theCacheConvertsOnlyWhatChangedAndKeepsTheMessages(@TempDir Path cacheDir) throws IOException {
        Lines first = new Lines();
        Memory coldCache = NarrativeMemory.open(cacheDir, project, true);
        NarrativeBatch cold = NarrativeBatch.convert(NARRATIVES, converter, coldCache, 2, first);
        assertEquals(16, cold.converted());
        coldCache.save();
        assertEquals(15, entries(cacheDir), "all but the narrative with an include");

        Lines second = new Lines();
        Memory warmCache = NarrativeMemory.open(cacheDir, project, true);
        NarrativeBatch warm = NarrativeBatch.convert(NARRATIVES, converter, warmCache, 2, second);
        warmCache.save();
        assertEquals(1, warm.converted(), "only the narrative with an include");
        assertEquals(15, warm.fromCache());
        assertEquals(first.warnings, second.warnings, "a cached narrative's warnings are repeated");
        for (Narrative narrative : NARRATIVES) {
            assertEquals(cold.toHtml(narrative), warm.toHtml(narrative));
            // The batch holds every narrative's messages at once: the HTML, 10,000 of them, would not fit the heap.
            warmCache.converted(narrative, false).ifPresent(messages -> assertEquals("", messages.html()));
        }

        List<Narrative> edited = new ArrayList<>(NARRATIVES);
        edited.set(2, narrative("reports/2012/body2.adoc", "== 一、总体情况\n\n改过的正文。\n"));
        edited.set(4, narrative("reports/2099/body4.adoc", NARRATIVES.get(4).body()));
        edited.remove(3);
        Memory cache = NarrativeMemory.open(cacheDir, project, true);
        NarrativeBatch rebuilt = NarrativeBatch.convert(edited, converter, cache, 2, new Lines());
        assertEquals(3, rebuilt.converted(), "the edited, the moved and the one with an include");
        assertTrue(rebuilt.toHtml(edited.get(2)).contains("改过的正文。"));
        cache.save();
        assertEquals(14, entries(cacheDir), "the old versions of the edited, deleted and moved narratives are pruned");
    }

    @Test
    void ofSeveralNarrativesThatCannotBeConvertedTheFirstInReportOrderIsReported() {
        List<Narrative> narratives = new ArrayList<>(NARRATIVES.subList(0, 4));
        for (int i = 0; i < 8; i++) {
            narratives.add(narrative("reports/2030/bad" + i + ".md", ">".repeat(10_000) + " 引文\n"));
        }
        InputError error = assertThrows(InputError.class,
                () -> NarrativeBatch.convert(narratives, converter, Memory.NONE, 2, new Lines()));
        assertEquals("reports/2030/bad0.md", error.location().toString());
    }

    @Test
    void aBuildThatFailsStillKeepsWhatItConverted(@TempDir Path cacheDir) {
        // Closed without save(): the build failed after converting; the next one should not convert again.
        try (Memory failed = NarrativeMemory.open(cacheDir, project, true)) {
            NarrativeBatch.convert(NARRATIVES.subList(0, 4), converter, failed, 2, new Lines());
        }
        try (Memory next = NarrativeMemory.open(cacheDir, project, true)) {
            NarrativeBatch again = NarrativeBatch.convert(NARRATIVES, converter, next, 2, new Lines());
            assertEquals(4, again.fromCache());
        }
    }

    @Test
    void anotherProjectFolderDoesNotShareEntries(@TempDir Path cacheDir) throws IOException {
        NarrativeBatch.convert(NARRATIVES, converter, NarrativeMemory.open(cacheDir, project, true), 2, new Lines());
        NarrativeBatch elsewhere = NarrativeBatch.convert(NARRATIVES, converter,
                NarrativeMemory.open(cacheDir, project.resolve("other"), true), 2, new Lines());
        assertEquals(0, elsewhere.fromCache());
    }

    private static long entries(Path dir) {
        try (CachePack pack = CachePack.open(dir, "narratives")) {
            return pack.keys().size();
        }
    }

    /** Collects the warnings. */
    private static final class Lines implements BuildLog {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void info(String message) {
        }

        @Override
        public synchronized void warn(String message) {
            warnings.add(message);
        }
    }
}
