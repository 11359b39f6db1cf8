package io.github.gongkai.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.data.SiteContent;
import io.github.gongkai.testing.SiteProject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyTrendsTest {

    @TempDir
    Path dir;

    @Test
    void figuresOfEachYearWithTablesOldestFirst() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2018/fgj.adoc", "= 发展计划局2018年报\n\n正文。\n")
                .file("reports/2020/fgj.yaml", """
                        proactive:
                          licensing: {previous: 0, change: 0, decisions: 7}
                        applications:
                          received: [3, 0, 0, 0, 0, 0, 3]
                          denied: {process: [1, 0, 0, 0, 0, 0, 1]}
                          granted:  [2, 0, 0, 0, 0, 0, 2]
                          total:    [3, 0, 0, 0, 0, 0, 3]
                        reviewsAndLitigation:
                          review: {upheld: 1, total: 1}
                          litigationDirect: {upheld: 1, total: 1}
                          litigationAfterReview: {pending: 1, total: 1}
                        """)
                .file("reports/2021/fgj.yaml", """
                        proactive:
                          licensing: {decisions: 9}
                        applications:
                          received: [4, 0, 0, 0, 0, 0, 4]
                          granted:  [4, 0, 0, 0, 0, 0, 4]
                          total:    [4, 0, 0, 0, 0, 0, 4]
                        """)
                .load();

        List<BodyTrends.Chart> charts = BodyTrends.of(content.reports());

        assertEquals(3, charts.size());
        assertEquals(List.of(2020, 2021), charts.get(0).years());
        assertEquals(List.of(numbers(3, 4), numbers(2, 4), numbers(1, 0)),
                charts.get(0).series().stream().map(BodyTrends.Series::values).toList());
        assertEquals(List.of(numbers(1, 0), numbers(2, 0)),
                charts.get(1).series().stream().map(BodyTrends.Series::values).toList());
        assertEquals(numbers(7, 9), charts.get(2).series().get(1).values(), "行政许可决定 in both formats");
    }

    @Test
    void aFigureTheReportLeftEmptyIsAGapNotAZero() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2020/fgj.yaml", """
                        proactive:
                          licensing: {previous: 0, change: 0, decisions: null}
                        applications:
                          received: [3, 0, 0, 0, 0, 0, null]
                        reviewsAndLitigation:
                          review: {upheld: 1, total: null}
                        """)
                .file("reports/2021/fgj.yaml", "proactive:\n  licensing: {decisions: 9}\n")
                .load();

        List<BodyTrends.Chart> charts = BodyTrends.of(content.reports());

        assertEquals(java.util.Arrays.asList(null, BigDecimal.ZERO), charts.get(0).series().get(0).values());
        assertEquals(java.util.Arrays.asList(null, BigDecimal.ZERO), charts.get(1).series().get(0).values());
        assertEquals(java.util.Arrays.asList(null, BigDecimal.valueOf(9)), charts.get(2).series().get(1).values());
    }

    @Test
    void oneYearOfTablesMakesNoChart() {
        SiteContent content = SiteProject.standard(dir)
                .file("reports/2021/fgj.yaml", "applications:\n  received: [0, 0, 0, 0, 0, 0, 0]\n")
                .load();
        assertEquals(List.of(), BodyTrends.of(content.reports()));
    }

    private static List<BigDecimal> numbers(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
