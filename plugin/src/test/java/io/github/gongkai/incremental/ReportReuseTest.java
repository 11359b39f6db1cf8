package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.archive.ArchiveColumn;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.render.NarrativeConverter;
import io.github.gongkai.render.SiteRenderer;
import io.github.gongkai.render.Theme;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which report entries a build leaves for the next one to keep pages by. */
class ReportReuseTest {

    @TempDir
    Path dir;

    /** Five reports of one body, 2019–2023: each page links its neighbours in the column. */
    private SiteContent fiveReports() {
        SiteProject project = SiteProject.standard(dir.resolve("project"));
        for (int year = 2019; year <= 2023; year++) {
            project.file("reports/" + year + "/fgj.md", "正文\n");
        }
        return new SiteLoader(project.root(), BuildLog.silent()).load();
    }

    private Set<String> entriesAfterABuild(SiteContent content, Predicate<AnnualReport> unchanged) throws IOException {
        Path cache = dir.resolve("cache");
        ContentStore store = ContentStore.open(cache);
        ReportReuse reuse = ReportReuse.in(store, "shared",
                report -> Optional.of(Key.of(Key.Kind.PAGE).text(report.year() + "-" + report.body().id()).key()),
                unchanged, null);
        try (NarrativeConverter narratives = new NarrativeConverter(dir.toFile(), BuildLog.silent())) {
            new SiteRenderer(Theme.load("default", getClass().getClassLoader()), narratives,
                    new NarrativeMemory(store, null, null, reuse))
                    .render(content, page -> { });
        }
        reuse.save();
        store.commit(reuse::keeps);
        store.close();
        // The report pages the entries keep (the list pages have entries too).
        Set<String> reportPages = content.reports().stream().map(SitePaths::report).collect(Collectors.toSet());
        try (CachePack pack = CachePack.open(cache, "reports")) {
            return pack.keys().stream().map(key -> Serialised.read(pack.get(key).orElseThrow(), PageMemory.ReportFiles.class)
                    .orElseThrow())
                    .map(entry -> entry.files().get(0)).filter(reportPages::contains)
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void everyRenderedReportLeavesAnEntry() throws IOException {
        assertEquals(Set.of("ndbg/2019/fgj.html", "ndbg/2020/fgj.html", "ndbg/2021/fgj.html", "ndbg/2022/fgj.html",
                "ndbg/2023/fgj.html"), entriesAfterABuild(fiveReports(), report -> true));
    }

    @Test
    void aReportEditedWhileTheBuildRanLeavesNoEntryForItselfOrItsNeighbours() throws IOException {
        SiteContent content = fiveReports();
        List<AnnualReport> column = ArchiveColumn.of(content).reports();
        AnnualReport edited = column.get(2);

        // Its page and its two neighbours' pages were rendered from what the keys do not describe.
        assertEquals(Set.of("ndbg/2019/fgj.html", "ndbg/2023/fgj.html"),
                entriesAfterABuild(content, report -> report != edited));
    }
}
