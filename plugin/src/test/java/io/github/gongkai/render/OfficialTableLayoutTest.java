package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.data.Statistics;
import io.github.gongkai.render.TableView.Row;
import io.github.gongkai.render.TableView.TableCell;
import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official tables' structure, against the layouts of the domain reference §3–5. */
class OfficialTableLayoutTest {

    @TempDir
    Path dir;

    private Statistics.National tables(String year, String yaml) {
        return (Statistics.National) SiteProject.standard(dir).file("reports/" + year + "/fgj.yaml", yaml)
                .firstReport().statistics().orElseThrow();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(TableCell::text).toList();
    }

    private static int width(Row row) {
        return row.cells().stream().mapToInt(TableCell::colspan).sum();
    }

    @Test
    void applicationsTableV2021HasTheOfficialHeadersRowsAndSpans() {
        TableView table = OfficialTableLayout.applications(tables("2023",
                "applications:\n  granted: [3, 0, 0, 0, 0, 0, 3]\n"));
        assertEquals("三、收到和处理政府信息公开申请情况", table.caption());
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
                texts(table.head().get(0)));
        assertEquals(List.of(3, 7), table.head().get(0).cells().stream().map(TableCell::colspan).toList());
        assertEquals(List.of("自然人", "法人或其他组织", "总计"), texts(table.head().get(1)));
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), texts(table.head().get(2)));

        assertEquals(25, table.body().size());
        Row results = table.body().get(2);
        assertEquals("三、本年度办理结果", results.cells().get(0).text());
        assertEquals(22, results.cells().get(0).rowspan());
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "3", "0", "0", "0", "0", "0", "3"), texts(results));
        assertEquals("t3-results t3-r2 t3-applicant t3-c0", results.cells().get(2).headers(),
                "a screen reader hears 本年度办理结果, 予以公开, 申请人情况, 自然人");

        Row threeSafety = table.body().get(6);
        assertEquals("3.危及\u201C三安全一稳定\u201D", threeSafety.cells().get(0).text());
        Row firstDenied = table.body().get(4);
        assertEquals("（三）不予公开", firstDenied.cells().get(0).text());
        assertEquals(8, firstDenied.cells().get(0).rowspan());
        assertEquals("（六）其他处理", table.body().get(20).cells().get(0).text());
        assertEquals(3, table.body().get(20).cells().get(0).rowspan());
        assertEquals(List.of("（七）总计", "0", "0", "0", "0", "0", "0", "0"), texts(table.body().get(23)));
        assertEquals(2, table.body().get(23).cells().get(0).colspan());
        assertEquals(List.of("四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"), texts(table.body().get(24)));
        assertEquals(3, table.body().get(24).cells().get(0).colspan());
        assertEquals(List.of(10), gridWidths(table), "every row covers the ten grid columns");
    }

    @Test
    void applicationsTableV2019HasASingleOtherRow() {
        TableView table = OfficialTableLayout.applications(tables("2020", "format: v2019\n"));
        assertEquals(23, table.body().size());
        assertEquals(20, table.body().get(2).cells().get(0).rowspan());
        assertEquals("（六）其他处理", table.body().get(20).cells().get(0).text());
        assertEquals(2, table.body().get(20).cells().get(0).colspan());
        assertEquals(List.of(10), gridWidths(table));
    }

    @Test
    void proactiveTableV2021() {
        TableView table = OfficialTableLayout.proactive(tables("2023", """
                proactive:
                  normativeDocuments: {issued: 1, repealed: 0, inForce: 5}
                  fees: {amount: 4068.208}
                """));
        assertEquals(List.of("第二十条第（一）项"), texts(table.body().get(0)));
        assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), texts(table.body().get(1)));
        assertEquals(List.of("行政规范性文件", "1", "0", "5"), texts(table.body().get(3)));
        assertEquals(List.of("信息内容", "本年收费金额（单位：万元）"), texts(table.body().get(12)));
        assertEquals(List.of("行政事业性收费", "4068.208"), texts(table.body().get(13)));
        assertEquals(3, table.body().get(13).cells().get(1).colspan());
        for (Row row : table.body()) {
            assertEquals(4, width(row), "every row of table 二 spans four grid columns: " + texts(row));
        }
    }

    @Test
    void proactiveTableV2019HasProcurementAndOtherServices() {
        TableView table = OfficialTableLayout.proactive(tables("2020", """
                proactive:
                  licensing: {previous: 10, change: -8, decisions: 3}
                  procurement: {projects: 2, amount: 2792220.8元}
                """));
        List<List<String>> rows = table.body().stream().map(OfficialTableLayoutTest::texts).toList();
        assertEquals(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), rows.get(5));
        assertEquals(List.of("行政许可", "10", "-8", "3"), rows.get(6));
        assertEquals(List.of("其他对外管理服务事项", "0", "0", "0"), rows.get(7));
        assertEquals(List.of("第二十条第（九）项"), rows.get(15));
        assertEquals(List.of("政府集中采购", "2", "2792220.8元"), rows.get(17));
        for (Row row : table.body()) {
            assertEquals(4, width(row), "every row of table 二 spans four grid columns: " + texts(row));
        }
    }

    @Test
    void reviewsTableHasFifteenColumnsAndItsNote() {
        TableView table = OfficialTableLayout.reviews(tables("2023", """
                reviewsAndLitigation:
                  litigationAfterReview: {pending: 2, total: 2}
                  note: 注：行政复议、行政诉讼数量含上年度结转数量。
                """));
        assertEquals(List.of("行政复议", "行政诉讼"), texts(table.head().get(0)));
        assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
                texts(table.head().get(1)));
        assertEquals(10, table.head().get(2).cells().size());
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2", "2"),
                texts(table.body().get(0)));
        assertEquals("t4-litigation t4-after t4-after-c3", table.body().get(0).cells().get(13).headers());
        assertEquals("注：行政复议、行政诉讼数量含上年度结转数量。", table.note());
        assertEquals(List.of(15), gridWidths(table));
    }

    /** The distinct widths of all rows, counting cells that span down from rows above. */
    private static List<Integer> gridWidths(TableView table) {
        List<Row> rows = new java.util.ArrayList<>(table.head());
        rows.addAll(table.body());
        int[] carried = new int[rows.size() + 32];
        java.util.Set<Integer> widths = new java.util.TreeSet<>();
        for (int r = 0; r < rows.size(); r++) {
            int width = carried[r];
            for (TableCell cell : rows.get(r).cells()) {
                width += cell.colspan();
                for (int below = 1; below < cell.rowspan(); below++) {
                    carried[r + below] += cell.colspan();
                }
            }
            widths.add(width);
        }
        return List.copyOf(widths);
    }
}
