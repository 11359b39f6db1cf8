package io.github.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalTablesReaderTest {

    @TempDir
    Path dir;

    private Statistics.National load(String year, String yaml) {
        return (Statistics.National) SiteProject.standard(dir).file("reports/" + year + "/fgj.yaml", yaml)
                .firstReport().statistics().orElseThrow();
    }

    private static List<String> printed(List<Cell> cells) {
        return cells.stream().map(Cell::printed).toList();
    }

    @Test
    void v2021TablesWithEmptyCellsOmittedRowsAndComputedTotals() {
        Statistics.National tables = load("2023", """
                format: v2021
                proactive:
                  normativeDocuments: {issued: 1, repealed: 0, inForce: 5}
                  licensing: {decisions: 120}
                  fees: {amount: 4068.208}
                applications:
                  received:  [26, null, null, null, null, null, 26]
                  granted:   [20, 0, 0, 0, 0, 0]
                  denied:
                    threeSafetyOneStability: [1, 0, 0, 0, 0, 0, 1]
                  other:
                    feeUnpaid: [2, 0, 0, 0, 0, 0, 2]
                reviewsAndLitigation:
                  review: {upheld: 1, total: 1}
                  note: 注：行政复议、行政诉讼数量含上年度结转数量。
                """);
        assertEquals(ReportFormat.V2021, tables.format());
        assertEquals(List.of("1", "0", "5"), printed(tables.proactive().row("normativeDocuments")));
        assertEquals(List.of("0", "0", "0"), printed(tables.proactive().row("regulations")));
        assertEquals(List.of("4068.208"), printed(tables.proactive().row("fees")));

        ApplicationTable applications = tables.applications();
        assertEquals(List.of("26", "", "", "", "", "", "26"), printed(applications.row("received")));
        assertEquals(List.of("20", "0", "0", "0", "0", "0", "20"), printed(applications.row("granted")));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), printed(applications.row("carriedOut")));
        assertEquals("reports/2023/fgj.yaml:7", applications.row("received").get(0).location().toString());
        assertEquals(25, applications.rows().size());
        assertEquals(List.of("1", "0", "0", "0", "1"), printed(tables.reviews().group("review")));
        assertEquals("注：行政复议、行政诉讼数量含上年度结转数量。", tables.reviews().note().orElseThrow());
    }

    @Test
    void v2019HasOneOtherRowAndTextProcurementAmount() {
        Statistics.National tables = load("2020", """
                proactive:
                  licensing: {previous: 10, change: -8, decisions: 3}
                  procurement: {projects: 2, amount: 2792220.8元}
                applications:
                  other: [1, 0, 0, 0, 0, 0, 1]
                """);
        assertEquals(ReportFormat.V2019, tables.format());
        assertEquals(List.of("10", "-8", "3"), printed(tables.proactive().row("licensing")));
        assertEquals(List.of("2", "2792220.8元"), printed(tables.proactive().row("procurement")));
        assertEquals(23, tables.applications().rows().size());
        assertEquals("1", tables.applications().row("other").get(0).printed());
    }

    @Test
    void jsonStatisticsReadLikeYamlWithLines() {
        Statistics.National tables = (Statistics.National) SiteProject.standard(dir).file("reports/2023/fgj.json", """
                {
                  "format": "v2021",
                  "applications": {
                    "received": [3, null, 0, 0, 0, 0, 3],
                    "denied": {"process": [1, 0, 0, 0, 0, 0, 1]}
                  }
                }
                """).firstReport().statistics().orElseThrow();
        assertEquals(List.of("3", "", "0", "0", "0", "0", "3"), printed(tables.applications().row("received")));
        assertEquals("reports/2023/fgj.json:4", tables.applications().row("received").get(0).location().toString());
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), printed(tables.applications().row("denied.process")));
    }

    @Test
    void aCountWrittenInWordsNamesTableRowAndColumn() {
        InputError error = assertThrows(InputError.class, () -> load("2023", """
                applications:
                  granted: [十二, 0, 0, 0, 0, 0, 12]
                """));
        assertEquals("reports/2023/fgj.yaml:2: N1 表三“（一）予以公开”行“自然人”列的值 \"十二\" 应为整数 / expected a whole "
                + "number", error.getMessage());
    }

    @Test
    void aFractionalCountIsRefused() {
        InputError error = assertThrows(InputError.class, () -> load("2023",
                "proactive:\n  penalty: {decisions: 3.5}\n"));
        assertTrue(error.getMessage().startsWith("reports/2023/fgj.yaml:2: N1 表二“行政处罚”行“本年处理决定数量”列的值 \"3.5\" 应为整数"),
                error.getMessage());
    }

    @Test
    void aNegativeCountIsRefusedButAV2019ChangeMayBeNegative() {
        InputError error = assertThrows(InputError.class, () -> load("2023", """
                reviewsAndLitigation:
                  review: {upheld: -1}
                """));
        assertTrue(error.getMessage().startsWith("reports/2023/fgj.yaml:2: N1 表四“行政复议”的“结果维持”的值 -1 不能为负数"),
                error.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsSaysWhatItNeeds() {
        InputError error = assertThrows(InputError.class, () -> load("2023",
                "applications:\n  denied:\n    process: [1, 2, 3]\n"));
        assertTrue(error.getMessage().startsWith("reports/2023/fgj.yaml:3: 表三“（三）不予公开6.属于四类过程性信息”行应有 7 个数"),
                error.getMessage());
    }

    @Test
    void aMistypedRowKeySuggestsTheOfficialOne() {
        InputError error = assertThrows(InputError.class, () -> load("2023",
                "applications:\n  recieved: [1, 0, 0, 0, 0, 0, 1]\n"));
        assertTrue(error.getMessage().contains("未知字段 \"applications.recieved\"（您是否想写 \"applications.received\"？）"),
                error.getMessage());
    }

    @Test
    void acknowledgedTakesOnlyHardInvariantIds() {
        InputError error = assertThrows(InputError.class, () -> load("2023", "acknowledged: [B9]\n"));
        assertTrue(error.getMessage().startsWith("reports/2023/fgj.yaml:1: acknowledged 中的 \"B9\" 不是可确认的违例编号"),
                error.getMessage());
    }
}
