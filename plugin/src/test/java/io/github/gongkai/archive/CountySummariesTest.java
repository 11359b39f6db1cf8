package io.github.gongkai.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year's 全县汇总 is summed again only when one of its reports' tables is another object. */
class CountySummariesTest {

    @TempDir
    Path dir;

    @Test
    void aYearIsSummedAgainOnlyWhenItsTablesChanged() {
        SiteProject project = SiteProject.standard(dir)
                .file("reports/2023/pingshun.yaml", figures(2))
                .file("reports/2023/fgj.yaml", figures(5));
        List<AnnualReport> reports = ArchiveColumn.of(project.load()).years().get(0).reports();
        CountySummaries sums = new CountySummaries();
        CountySummary first = sums.of(2023, reports).orElseThrow();

        // A new report object around the same tables (as a report recalled from the last build): the same sum.
        List<AnnualReport> recalled = reports.stream().map(r -> new AnnualReport(r.year(), r.body(), r.format(),
                r.metadata(), r.narrative(), r.statistics())).toList();
        CountySummary kept = sums.of(2023, recalled).orElseThrow();
        assertSame(first.tables(), kept.tables());
        assertEquals(recalled, kept.reports());

        // One report read again with other figures: summed anew, as a summary from nothing.
        SiteContent edited = SiteProject.standard(dir).file("reports/2023/fgj.yaml", figures(7)).load();
        List<AnnualReport> now = new ArrayList<>(recalled);
        AnnualReport fgj = ArchiveColumn.of(edited).years().get(0).reports().stream()
                .filter(r -> r.body().id().equals("fgj")).findFirst().orElseThrow();
        now.replaceAll(r -> r.body().id().equals("fgj") ? fgj : r);
        CountySummary summed = sums.of(2023, now).orElseThrow();
        assertNotSame(first.tables(), summed.tables());
        assertEquals(CountySummary.of(2023, now).orElseThrow(), summed);
        assertEquals("9", summed.tables().applications().row("received").get(6).printed());
    }

    private static String figures(int received) {
        return "applications:\n  received: [" + received + ", 0, 0, 0, 0, 0, " + received + "]\n"
                + "  granted:  [" + received + ", 0, 0, 0, 0, 0, " + received + "]\n"
                + "  total:    [" + received + ", 0, 0, 0, 0, 0, " + received + "]\n";
    }
}
