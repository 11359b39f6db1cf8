package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.render.TableView.Row;
import io.github.gongkai.render.TableView.TableCell;
import io.github.gongkai.testing.SiteProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell the published original left empty ({@code null}) is empty in every table and every
 * output: the page, the JSON ({@code null}) and the CSV (an empty field), never 0.
 */
class EmptyCellsTest {

    private static final String V2019 = """
            format: v2019
            proactive:
              regulations: {made: 22, published: null, total: 22}
            applications:
              received: [3, null, 0, 0, 0, 0, 3]
            reviewsAndLitigation:
              review: {upheld: 5, corrected: null, other: null, pending: 2, total: 7}
            """;
    private static final String V2021 = """
            proactive:
              regulations: {issued: 22, repealed: null, inForce: 22}
            """;
    private static final String PRE2019 = """
            statistics:
              - label: 受理依申请公开
                value: null
                unit: 件
                parts:
                  - {label: 当面提交, value: null}
            """;

    @TempDir
    Path dir;

    private AnnualReport report(String year, String yaml) {
        return SiteProject.standard(dir.resolve(year)).file("reports/" + year + "/fgj.yaml", yaml).firstReport();
    }

    private static Statistics.National tables(AnnualReport report) {
        return (Statistics.National) report.statistics().orElseThrow();
    }

    private static List<String> data(Row row) {
        return row.cells().stream().filter(c -> !c.header()).map(TableCell::text).toList();
    }

    private static String file(AnnualReport report, String extension) {
        return OpenData.files(report).stream().filter(p -> p.path().endsWith(extension)).findFirst()
                .map(p -> new String(p.content(), StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void tableTwoPrintsAnEmptyCellEmpty() {
        assertEquals(List.of("22", "", "22"), data(OfficialTableLayout.proactive(tables(report("2020", V2019)))
                .body().get(2)));
        assertEquals(List.of("22", "", "22"), data(OfficialTableLayout.proactive(tables(report("2023", V2021)))
                .body().get(2)));
    }

    @Test
    void tableThreePrintsAnEmptyCellEmpty() {
        assertEquals(List.of("3", "", "0", "0", "0", "0", "3"),
                data(OfficialTableLayout.applications(tables(report("2020", V2019))).body().get(0)));
    }

    @Test
    void tableFourPrintsAnEmptyCellEmpty() {
        assertEquals(List.of("5", "", "", "2", "7"),
                data(OfficialTableLayout.reviews(tables(report("2020", V2019))).body().get(0)).subList(0, 5));
    }

    @Test
    void pre2019PrintsAnEmptyFigureEmpty() {
        List<PageViews.StatisticRow> rows = ViewFactory.report(report("2018", PRE2019), "", null, null).statistics();
        assertEquals(List.of("", ""), rows.stream().map(PageViews.StatisticRow::value).toList());
    }

    @Test
    void jsonGivesNullForAnEmptyCellOfEachTable() {
        String json = file(report("2020", V2019), ".json");
        assertTrue(json.contains("\"corrected\": null,"), json);
        assertTrue(json.contains("\"other\": null,"), json);
        assertTrue(json.contains("\"made\": 22,\n      \"published\": null,"), json);
        assertTrue(json.contains("\"received\": [3, null, 0, 0, 0, 0, 3],"), json);
        assertTrue(file(report("2023", V2021), ".json").contains("\"repealed\": null,"));
        String pre2019 = file(report("2018", PRE2019), ".json");
        assertTrue(pre2019.contains("\"value\": null,"), pre2019);
    }

    @Test
    void csvGivesAnEmptyFieldForAnEmptyCellOfEachTable() {
        String csv = file(report("2023", V2021), ".csv");
        assertTrue(csv.contains("二、主动公开政府信息情况,第二十条第（一）项 规章,本年废止件数,,\r\n"), csv);
        String v2019 = file(report("2020", V2019), ".csv");
        assertTrue(v2019.contains("四、政府信息公开行政复议、行政诉讼情况,行政复议,结果纠正,,\r\n"), v2019);
        assertTrue(v2019.contains("三、收到和处理政府信息公开申请情况,一、本年新收政府信息公开申请数量,商业企业,,\r\n"), v2019);
        String pre2019 = file(report("2018", PRE2019), ".csv");
        assertTrue(pre2019.contains("统计数据,受理依申请公开,数量,,件\r\n"), pre2019);
    }

    @Test
    void aWholeRowWrittenNullIsEmptyNotZero() {
        Statistics.National tables = tables(report("2023", """
                proactive:
                  penalty: null
                applications:
                  carriedIn: null
                reviewsAndLitigation:
                  litigationDirect: null
                """));
        assertEquals(List.of(""), data(OfficialTableLayout.proactive(tables).body().get(9)));
        assertEquals(List.of("", "", "", "", "", "", ""), data(OfficialTableLayout.applications(tables).body().get(1)));
        assertEquals(List.of("", "", "", "", ""), data(OfficialTableLayout.reviews(tables).body().get(0)).subList(5, 10));
    }
}
