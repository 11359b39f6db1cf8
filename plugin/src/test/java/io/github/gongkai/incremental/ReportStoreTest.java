package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.testing.FromNothing;
import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild takes what earlier builds read from unchanged report files, and found in their
 * figures, from the cache, and gives the same website, warnings included, as a build from nothing.
 * Run on a copy of the example site (56 reports in the three formats).
 */
@Tag("pipeline")
class ReportStoreTest {

    private static final Path EXAMPLE = Path.of("../site-content");

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void exampleSite() throws IOException {
        project = dir.resolve("project");
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            for (Path from : walk.filter(Files::isRegularFile).toList()) {
                Path relative = EXAMPLE.relativize(from);
                if (relative.startsWith("target")) {
                    continue;
                }
                Files.createDirectories(project.resolve(relative).getParent());
                Files.copy(from, project.resolve(relative));
            }
        }
    }

    @Test
    void anEditedReportIsReadAgainAndTheSiteIsAsFromNothing() throws IOException {
        build(new ArrayList<>());
        Set<String> before = entries();
        assertEquals(reportCount(), before.size(), "one entry per report");

        edit("reports/2023/dlz.yaml", "licensing:   {decisions: 13}", "licensing:   {decisions: 14}");
        build(new ArrayList<>());

        Set<String> after = entries();
        assertEquals(reportCount(), after.size());
        assertEquals(1, before.stream().filter(key -> !after.contains(key)).count(), "exactly one entry replaced");
        assertSameAsABuildFromNothing();
    }

    @Test
    void warningsOfReportsTakenFromTheCacheAreGivenAgain() throws IOException {
        // A4: 规章 in a town's report (a warning of the check); an empty narrative (a warning of the reading).
        edit("reports/2023/dlz.yaml", "regulations:        {issued: 0, repealed: 0, inForce: 0}",
                "regulations:        {issued: 1, repealed: 0, inForce: 1}");
        Files.writeString(project.resolve("reports/2023/dlz.md"), "");
        List<String> first = new ArrayList<>();
        build(first);
        assertTrue(first.stream().anyMatch(w -> w.contains("A4")), first.toString());
        assertTrue(first.stream().anyMatch(w -> w.contains("正文文件是空的")), first.toString());

        edit("reports/2023/mlz.yaml", "licensing:", "licensing: ");
        List<String> second = new ArrayList<>();
        build(second);
        assertEquals(first, second);
    }

    @Test
    void damagedEntriesAreReadFromTheFilesAndReplaced() throws IOException {
        build(new ArrayList<>());
        List<Path> packs = packFiles();
        assertFalse(packs.isEmpty());
        for (Path pack : packs) {
            // Same length, other bytes: only the entries' checksums can tell.
            byte[] bytes = Files.readAllBytes(pack);
            for (int i = 12; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            Files.write(pack, bytes);
        }
        edit("reports/2023/dlz.yaml", "licensing:   {decisions: 13}", "licensing:   {decisions: 15}");
        build(new ArrayList<>());
        assertSameAsABuildFromNothing();
        try (CachePack pack = CachePack.open(project.resolve("target/gongkai-cache"), "loaded")) {
            assertEquals(reportCount(), pack.keys().size());
            for (String key : pack.keys()) {
                assertTrue(pack.get(key).isPresent(), "entry " + key + " was written again");
            }
        }
        assertTrue(packFiles().stream().noneMatch(packs::contains), "the damaged pack files are gone");
    }

    @Test
    void aReportEditedWhileTheBuildRanIsNotKept() throws IOException {
        SiteFingerprint.Inputs inputs = SiteFingerprint.inputs(project, List.of(), Map.of(), 0);
        Path cache = dir.resolve("cache");
        ContentStore entries = ContentStore.open(cache);
        ReportStore store = ReportStore.in(entries, project, ReportKeys.loading(inputs, "settings"));
        SiteContent content = new SiteLoader(project, BuildLog.silent(), new NarrativeMemory(entries, null, store, null))
                .load();
        content.reports().forEach(store::findings);

        edit("reports/2023/dlz.yaml", "licensing:   {decisions: 13}", "licensing:   {decisions: 16}");
        store.save();
        entries.commit(store::keeps);

        entries.close();
        Set<String> kept = entries(cache);
        assertEquals(content.reports().size() - 1, kept.size());
        ReportKeys keys = ReportKeys.loading(inputs, "settings");
        AnnualReport dlz = content.reports().stream()
                .filter(r -> r.year() == 2023 && r.body().id().equals("dlz")).findFirst().orElseThrow();
        assertFalse(kept.contains(keys.key(dlz.year(), dlz.body().id()).orElseThrow().sha256()));
    }

    private void build(List<String> warnings) {
        new SiteGenerator(BuildLog.withWarningsTo(BuildLog.silent(), warnings::add), getClass().getClassLoader(), true)
                .generate(project, project.resolve("target/site"), project.resolve("target/gongkai-cache"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(path, text.replace(from, to));
    }

    private long reportCount() {
        return new SiteLoader(project, BuildLog.silent()).load().reports().size();
    }

    private Set<String> entries() {
        return entries(project.resolve("target/gongkai-cache"));
    }

    private static Set<String> entries(Path cache) {
        try (CachePack pack = CachePack.open(cache, "loaded")) {
            return pack.keys();
        }
    }

    private List<Path> packFiles() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/gongkai-cache"))) {
            return files.filter(f -> f.getFileName().toString().matches("loaded-.*\\.pack")).toList();
        }
    }

    private void assertSameAsABuildFromNothing() throws IOException {
        FromNothing.assertSameSite(project, project.resolve("target/site"), dir.resolve("fresh"));
    }
}
