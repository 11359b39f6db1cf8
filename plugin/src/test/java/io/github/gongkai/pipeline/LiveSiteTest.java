package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.output.SiteSnapshot;
import io.github.gongkai.testing.ChildMaven;
import io.github.gongkai.testing.FolderHashes;
import io.github.gongkai.testing.FromNothing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview's builds in memory, on the changes of the incremental project (src/it/incremental:
 * a figure, a title and an AsciiDoc text edited; a report deleted, one moved; site.yaml and the theme
 * changed): after each, the website in memory is byte for byte a build from nothing, what the edit did
 * not touch is kept rather than made again, and a failed build leaves the last website served.
 */
@Tag("pipeline")
class LiveSiteTest {

    private static final Path CHANGES = Path.of("src/it/incremental/changes");

    @TempDir
    Path dir;
    private Path project;
    private LiveSite live;
    private int fresh;

    @BeforeEach
    void start() throws IOException {
        project = ChildMaven.copy(Path.of("src/it/incremental"), dir.resolve("project"));
        FolderHashes.deleteTree(project.resolve("changes"));
        live = new SiteGenerator(BuildLog.silent(), getClass().getClassLoader(), true)
                .live(project, dir.resolve("project/target/site"), dir.resolve("project/target/gongkai-cache"));
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private SiteSnapshot buildAndCompare() throws IOException {
        return buildAndCompare(Optional.empty());
    }

    private SiteSnapshot buildAndCompare(Optional<Set<Path>> changed) throws IOException {
        SiteSnapshot site = live.build(changed);
        FromNothing.assertSameSite(project, site, dir.resolve("fresh-" + ++fresh));
        return site;
    }

    @Test
    void everyChangeGivesTheSiteABuildFromNothingGivesAndKeepsTheRest() throws IOException {
        everyChange(false);
    }

    /** As a watcher names them: the files edited, added or removed, and a folder added or removed (not its files). */
    @Test
    void everyChangeAWatcherNamesGivesTheSiteABuildFromNothingGives() throws IOException {
        everyChange(true);
    }

    /** Each change of the incremental project, the build told what changed ({@code named}) or not. */
    private void everyChange(boolean named) throws IOException {
        Function<Set<Path>, Optional<Set<Path>>> told = changed -> named ? Optional.of(changed) : Optional.empty();
        SiteSnapshot first = buildAndCompare();

        // 2023's report is first in the column: only its own page, its neighbour's and the lists showing it change.
        Path pingshun = project.resolve("reports/2023/pingshun.yaml");
        Files.copy(CHANGES.resolve("edit/reports/2023/pingshun.yaml"), pingshun, StandardCopyOption.REPLACE_EXISTING);
        SiteSnapshot edited = buildAndCompare(told.apply(Set.of(pingshun)));
        assertNotSame(first.file("ndbg/2023/pingshun.html").orElseThrow(),
                edited.file("ndbg/2023/pingshun.html").orElseThrow());
        for (String untouched : List.of("ndbg/2017/jyj.html", "ndbg/2018/fgj.html", "ndbg/jg/fgj.html")) {
            assertSame(first.file(untouched).orElseThrow(), edited.file(untouched).orElseThrow(),
                    untouched + " is kept, not made again");
        }

        buildAndCompare(told.apply(apply("edit")));

        Set<Path> removed = new HashSet<>();
        try (Stream<Path> fgj = Files.list(project.resolve("reports/2018"))) {
            for (Path file : fgj.filter(f -> f.getFileName().toString().startsWith("fgj.")).toList()) {
                Files.delete(file);
                removed.add(file);
            }
        }
        buildAndCompare(told.apply(removed));

        FolderHashes.deleteTree(project.resolve("reports/2017"));
        Set<Path> moved = new HashSet<>(apply("move"));
        moved.add(project.resolve("reports/2017"));
        buildAndCompare(told.apply(moved));

        buildAndCompare(told.apply(apply("restyle")));
        buildAndCompare(told.apply(apply("retheme")));
    }

    /** A folder replaced whole (as by a checkout): a watcher names the folder only, and the build examines all it holds. */
    @Test
    void aFolderReplacedWholeIsExaminedWhole() throws IOException {
        SiteSnapshot first = live.build();
        Path folder = project.resolve("reports/2018");
        Path aside = dir.resolve("2018");
        Files.move(folder, aside);
        Files.move(aside, folder);
        Files.copy(CHANGES.resolve("edit/reports/2018/pingshun.yaml"), folder.resolve("pingshun.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        SiteSnapshot replaced = buildAndCompare(Optional.of(Set.of(folder)));
        assertNotEquals(read(first, "ndbg/2018/pingshun.json"), read(replaced, "ndbg/2018/pingshun.json"));
    }

    /**
     * The theme and its parsed templates are kept across builds only while its files are the same:
     * a template saved twice within one tick of the file clock (same size, same time) is served anew.
     */
    @Test
    void aThemeTemplateSavedTwiceWithinOneTickIsServedAgain() throws IOException {
        Path template = project.resolve("theme/templates/404.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<p>第一版</p>\n");
        FileTime tick = Files.getLastModifiedTime(template);
        assertTrue(read(buildAndCompare(), "404.html").contains("第一版"));
        Files.writeString(template, "<p>第二版</p>\n");
        Files.setLastModifiedTime(template, tick);
        assertTrue(read(buildAndCompare(), "404.html").contains("第二版"), "the second save, as a full examination finds it");
        Files.writeString(template, "<p>第三版</p>\n");
        Files.setLastModifiedTime(template, tick);
        assertTrue(read(buildAndCompare(Optional.of(Set.of(template))), "404.html").contains("第三版"),
                "the third, as a watcher names it");
    }

    @Test
    void aNarrativeEditRendersNoListPage() throws IOException {
        SiteSnapshot first = live.build();
        Path narrative = project.resolve("reports/2018/pingshun.adoc");
        Files.writeString(narrative, Files.readString(narrative) + "\n补充一句正文。\n");
        SiteSnapshot edited = buildAndCompare();
        List<String> listPages = first.paths().stream().filter(path -> path.endsWith(".html"))
                .filter(path -> !path.matches("ndbg/\\d{4}/(?!index|summary)[^/]+\\.html")).toList();
        // Home, column, years, 全县汇总 (tables), bodies, a body's page (charts), search, 404: each model can be keyed.
        assertTrue(listPages.containsAll(List.of("index.html", "ndbg/index.html", "ndbg/2023/summary.html",
                "ndbg/jg/pingshun.html", "ndbg/jg/index.html", "404.html")), listPages.toString());
        for (String page : listPages) {
            assertSame(first.file(page).orElseThrow(), edited.file(page).orElseThrow(), page + " was rendered again");
        }
    }

    @Test
    void aFailedBuildLeavesTheLastSiteAndTheNextOneMendsIt() throws IOException {
        SiteSnapshot first = live.build();
        Path figures = project.resolve("reports/2018/pingshun.yaml");
        String good = Files.readString(figures);
        Files.writeString(figures, "format: [\n");
        assertThrows(InputError.class, live::build);
        assertSame(first, live.site());
        String mended = good.replace("{label: 举报, value: 0, unit: 起}", "{label: 举报, value: 3, unit: 起}");
        assertNotEquals(good, mended);
        Files.writeString(figures, mended);
        assertNotEquals(read(first, "ndbg/2018/pingshun.json"), read(buildAndCompare(), "ndbg/2018/pingshun.json"));
    }

    @Test
    void aRebuildShowsOnlyTheWarningsThatAreNew() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<String> infos = new ArrayList<>();
        BuildLog log = BuildLog.of(infos::add, warnings::add);
        try (LiveSite quiet = new SiteGenerator(log, getClass().getClassLoader(), true)
                .live(project, dir.resolve("project/target/site"), dir.resolve("project/target/gongkai-cache"))) {
            Path narrative = project.resolve("reports/2018/pingshun.adoc");
            Files.writeString(narrative, Files.readString(narrative).replace(":published: 2019-01-25",
                    ":published: 2019-12-01"));
            quiet.build();
            List<String> late = warnings.stream().filter(w -> w.contains("pingshun.adoc") && w.contains("D1")).toList();
            assertEquals(1, late.size(), warnings.toString());
            warnings.clear();

            quiet.build();
            assertEquals(List.of(), warnings, "nothing new, nothing shown");
            assertTrue(infos.get(infos.size() - 1).startsWith("另有 1 条提示与上次生成相同"), infos.toString());

            Files.writeString(narrative, Files.readString(narrative).replace(":published: 2019-12-01",
                    ":published: 2019-12-02"));
            quiet.build();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("2019-12-02"), warnings.toString());
        }
    }

    /** Copies the files of {@code change} into the project; returns what a watcher names: each file, or its new folder. */
    private Set<Path> apply(String change) throws IOException {
        Path from = CHANGES.resolve(change);
        Set<Path> changed = new HashSet<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = project.resolve(from.relativize(file).toString());
                Path named = to;
                while (!Files.exists(named.getParent())) {
                    named = named.getParent();
                }
                changed.add(named);
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return changed;
    }

    private static String read(SiteSnapshot site, String path) throws IOException {
        try (InputStream in = site.file(path).orElseThrow().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
