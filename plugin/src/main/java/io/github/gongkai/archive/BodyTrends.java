package io.github.gongkai.archive;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.Statistics;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The main figures of one body over the years, for its charts: applications received, granted
 * and denied (表三 总计列), 行政复议 and 行政诉讼 (表四 总计), and three 主动公开 figures of 表二
 * that mean the same in both formats. Pre-2019 reports have no common table and are left out.
 */
public final class BodyTrends {

    private static final int REVIEW_TOTAL = 4;

    private BodyTrends() {
    }

    /**
     * One chart: a figure per year for each series.
     *
     * @param title  the chart's title
     * @param years  the years, oldest first
     * @param series the series, each with one figure per year
     */
    public record Chart(String title, List<Integer> years, List<Series> series) implements Serializable {
    }

    /**
     * One series of a chart.
     *
     * @param name   what it counts
     * @param values one figure per year of the chart, null where the report left it empty (a
     *               gap in the chart, never a bar of 0)
     */
    public record Series(String name, List<BigDecimal> values) implements Serializable {
    }

    /** The body's charts, oldest year first; empty when fewer than two years have tables. */
    public static List<Chart> of(List<AnnualReport> bodyReports) {
        List<Statistics.National> tables = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (AnnualReport report : bodyReports.stream().sorted(Comparator.comparingInt(AnnualReport::year)).toList()) {
            if (report.statistics().orElse(null) instanceof Statistics.National national) {
                tables.add(national);
                years.add(report.year());
            }
        }
        if (tables.size() < 2) {
            return List.of();
        }
        List<Integer> y = List.copyOf(years);
        return List.of(
                new Chart("政府信息公开申请办理情况（件）", y, List.of(
                        series("本年新收申请", tables, t -> total(t, "received")),
                        series("予以公开", tables, t -> total(t, "granted")),
                        series("不予公开", tables, t -> totalOfGroup(t, "denied.")))),
                new Chart("行政复议、行政诉讼情况（件）", y, List.of(
                        series("行政复议", tables, t -> reviewTotal(t, "review")),
                        series("行政诉讼", tables, t -> sum(Arrays.asList(reviewTotal(t, "litigationDirect"),
                                reviewTotal(t, "litigationAfterReview")))))),
                new Chart("主动公开情况（件）", y, List.of(
                        series("规范性文件（本年制发）", tables, t -> proactive(t, "normativeDocuments", 0, 0)),
                        series("行政许可决定", tables, t -> proactive(t, "licensing", 0, 2)),
                        series("行政处罚决定", tables, t -> proactive(t, "penalty", 0, 2)))));
    }

    private static Series series(String name, List<Statistics.National> tables,
            Function<Statistics.National, BigDecimal> figure) {
        // Not Stream.toList's null-hostile copy: a null is a year the report left the figure empty.
        return new Series(name, Collections.unmodifiableList(tables.stream().map(figure)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll)));
    }

    private static BigDecimal total(Statistics.National t, String row) {
        return t.applications().row(row).get(ApplicationTable.TOTAL_COLUMN).value();
    }

    private static BigDecimal totalOfGroup(Statistics.National t, String prefix) {
        return sum(OfficialTables.applicationRows(t.format()).stream()
                .filter(row -> row.key().startsWith(prefix))
                .map(row -> total(t, row.key())).toList());
    }

    private static BigDecimal reviewTotal(Statistics.National t, String group) {
        return t.reviews().group(group).get(REVIEW_TOTAL).value();
    }

    /** The figures that are there, added up; null (a gap) when none is. */
    private static BigDecimal sum(List<BigDecimal> figures) {
        return figures.stream().allMatch(java.util.Objects::isNull) ? null : figures.stream()
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 表二's cell: field {@code v2021} in the 2021 format, {@code v2019} in the 2019 format. */
    private static BigDecimal proactive(Statistics.National t, String row, int v2021, int v2019) {
        List<Cell> cells = t.proactive().row(row);
        return cells.get(t.format() == ReportFormat.V2021 ? v2021 : v2019).value();
    }
}
