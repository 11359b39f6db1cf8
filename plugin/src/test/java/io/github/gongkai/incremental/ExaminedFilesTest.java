package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.render.NarrativeBatch;
import io.github.gongkai.render.NarrativeConverter;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A narrative is cached under the hash of its file as the build examined it, with the real
 * engines: unchanged, it is not converted again; edited after it was examined, its conversion is
 * not kept under the old hash, where the file put back as it was would find it.
 */
class ExaminedFilesTest {

    private static final String FILE = "reports/2019/pingshun.md";

    @TempDir
    Path dir;

    @Test
    void anUnchangedFileIsNotConvertedAgain() throws IOException {
        Path project = dir.resolve("project");
        SiteProject.standard(project).file(FILE, "## 一、总体情况\n\n第一版正文。\n");
        try (NarrativeConverter converter = new NarrativeConverter(project.toFile(), BuildLog.silent())) {
            assertEquals(1, convert(converter, project, examine(project)).converted());
            NarrativeBatch again = convert(converter, project, examine(project));
            assertEquals(0, again.converted());
            assertTrue(again.toHtml(read(project)).contains("第一版正文。"));
        }
    }

    @Test
    void aFileEditedAfterItWasExaminedIsNotKeptUnderItsOldHash() throws IOException {
        Path project = dir.resolve("project");
        SiteProject site = SiteProject.standard(project).file(FILE, "## 一、总体情况\n\n第一版正文。\n");
        try (NarrativeConverter converter = new NarrativeConverter(project.toFile(), BuildLog.silent())) {
            ExaminedFiles examined = examine(project);
            site.file(FILE, "## 一、总体情况\n\n第二版，在生成过程中改写的正文。\n");
            assertTrue(convert(converter, project, examined).toHtml(read(project)).contains("第二版"));

            site.file(FILE, "## 一、总体情况\n\n第一版正文。\n");
            NarrativeBatch putBack = convert(converter, project, examine(project));
            assertEquals(1, putBack.converted());
            assertTrue(putBack.toHtml(read(project)).contains("第一版正文。"), putBack.toHtml(read(project)));
        }
    }

    private ExaminedFiles examine(Path project) {
        return new ExaminedFiles(project, SiteFingerprint.inputs(project, List.of(dir.resolve("cache")), Map.of(), 0));
    }

    /** One build's conversion of the narrative as the loader reads it now, with the cache saved after. */
    private NarrativeBatch convert(NarrativeConverter converter, Path project, ExaminedFiles examined)
            throws IOException {
        Store store = ContentStore.open(dir.resolve("cache"));
        try (Memory cache = new NarrativeMemory(store, NarrativeCache.in(store, project, true, examined), null, null)) {
            NarrativeBatch batch = NarrativeBatch.convert(List.of(read(project)), converter, cache, 1, BuildLog.silent());
            cache.save();
            return batch;
        }
    }

    private static Narrative read(Path project) throws IOException {
        return new Narrative(SourceLocation.of(Path.of(FILE)), MarkupLanguage.MARKDOWN,
                Files.readString(project.resolve(FILE)), 1);
    }
}
