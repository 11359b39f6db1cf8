package io.github.gongkai.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.testing.SiteProject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountySummaryTest {

    @TempDir
    Path dir;

    @Test
    void sumsEveryCellOfTheYearsTables() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2023/pingshun.yaml", """
                        proactive:
                          licensing: {decisions: 12}
                          fees: {amount: 1.5}
                        applications:
                          received: [2, 1, 0, 0, 0, 0, 3]
                          granted:  [2, 1, 0, 0, 0, 0, 3]
                          total:    [2, 1, 0, 0, 0, 0, 3]
                        reviewsAndLitigation:
                          review: {upheld: 1, total: 1}
                        """)
                .file("reports/2023/fgj.yaml", """
                        proactive:
                          licensing: {decisions: 30}
                          fees: {amount: 2.25}
                        applications:
                          received: [5, 0, 0, 0, 0, 0, 5]
                          denied: {stateSecret: [1, 0, 0, 0, 0, 0, 1]}
                          granted:  [4, 0, 0, 0, 0, 0, 4]
                          total:    [5, 0, 0, 0, 0, 0, 5]
                        reviewsAndLitigation:
                          review: {corrected: 1, total: 1}
                        """)
                .file("reports/2022/fgj.yaml", """
                        applications:
                          received: [9, 0, 0, 0, 0, 0, 9]
                          granted:  [9, 0, 0, 0, 0, 0, 9]
                          total:    [9, 0, 0, 0, 0, 0, 9]
                        """)
                .load();
        ArchiveColumn.Year year2023 = ArchiveColumn.of(content).years().get(0);

        CountySummary summary = CountySummary.of(2023, year2023.reports()).orElseThrow();

        assertEquals(2, summary.reports().size());
        assertEquals(ReportFormat.V2021, summary.tables().format());
        assertEquals(List.of("7", "1", "0", "0", "0", "0", "8"), printed(summary, "received"));
        assertEquals(List.of("6", "1", "0", "0", "0", "0", "7"), printed(summary, "granted"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), printed(summary, "denied.stateSecret"));
        assertEquals(new BigDecimal("42"), summary.tables().proactive().row("licensing").get(0).value());
        assertEquals(new BigDecimal("3.75"), summary.tables().proactive().row("fees").get(0).value());
        assertEquals(new BigDecimal("2"), summary.tables().reviews().group("review").get(4).value());
    }

    @Test
    void aV2019ReportInAV2021YearCountsItsOtherRowAsOtherOther() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2021/pingshun.yaml", """
                        format: v2019
                        applications:
                          received: [1, 0, 0, 0, 0, 0, 1]
                          other:    [1, 0, 0, 0, 0, 0, 1]
                          total:    [1, 0, 0, 0, 0, 0, 1]
                        """)
                .file("reports/2021/fgj.yaml", """
                        applications:
                          received: [2, 0, 0, 0, 0, 0, 2]
                          other: {noCorrection: [2, 0, 0, 0, 0, 0, 2]}
                          total:    [2, 0, 0, 0, 0, 0, 2]
                        """)
                .load();

        CountySummary summary = CountySummary.of(2021, content.reports()).orElseThrow();

        assertEquals(ReportFormat.V2021, summary.tables().format());
        assertEquals("1", summary.tables().applications().row("other.other").get(6).printed());
        assertEquals("2", summary.tables().applications().row("other.noCorrection").get(6).printed());
        assertEquals("0", summary.tables().applications().row("other.feeUnpaid").get(6).printed());
        assertEquals(1, summary.proactiveOnly().size(), "表二 of the v2019 report is not summed");
    }

    @Test
    void aYearWithoutTablesHasNoSummary() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2018/pingshun.adoc", "= 平顺街道2018年报\n\n正文。\n")
                .load();
        assertTrue(CountySummary.of(2018, content.reports()).isEmpty());
    }

    @Test
    void aCellSomeReportsLeftEmptySaysHowMany() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2023/pingshun.yaml", """
                        applications:
                          received: [2, null, 0, 0, 0, 0, 2]
                        reviewsAndLitigation:
                          review: {upheld: 1, corrected: null, total: 1}
                        """)
                .file("reports/2023/fgj.yaml", """
                        applications:
                          received: [5, null, 0, 0, 0, 0, null]
                        reviewsAndLitigation:
                          review: {upheld: 2, corrected: null, total: 2}
                        """)
                .load();
        CountySummary summary = CountySummary.of(2023, ArchiveColumn.of(content).years().get(0).reports())
                .orElseThrow();

        assertEquals(List.of("7", "（2 份均留空）", "0", "0", "0", "0", "2（1 份留空）"), printed(summary, "received"));
        assertEquals("（2 份均留空）", summary.tables().reviews().group("review").get(1).printed());
        assertEquals(new BigDecimal("2"), summary.tables().applications().row("received").get(6).value());
    }

    private static List<String> printed(CountySummary summary, String row) {
        return summary.tables().applications().row(row).stream().map(c -> c.printed()).toList();
    }
}
