package io.github.gongkai.archive;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ProactiveTable;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 全县汇总: the tables 二、三、四 of one year summed over every body that published them. A year
 * mixing the 2019 and 2021 formats is summed in the year's own format, with 表三 rows mapped as
 * the domain reference §4.3 says (v2019 （六）其他处理 ↔ v2021 （六）3.其他); 表二 differs between
 * the formats, so it sums only the reports in the summary's format.
 *
 * @param year          the report year
 * @param tables        the summed tables
 * @param reports       the reports summed into 表三 and 表四
 * @param proactiveOnly the reports summed into 表二 (those in the summary's format)
 */
public record CountySummary(int year, Statistics.National tables, List<AnnualReport> reports,
        List<AnnualReport> proactiveOnly) implements Serializable {

    private static final SourceLocation SUMMED = SourceLocation.of(Path.of("全县汇总"));
    /** Where the cells of a row that a report's format lacks are: they are not "left empty". */
    private static final SourceLocation NOT_IN_FORMAT = SourceLocation.of(Path.of("全县汇总（格式中无此行）"));

    /** The summary of a year's reports, or empty when none of them has the national tables. */
    public static Optional<CountySummary> of(int year, List<AnnualReport> yearReports) {
        return of(year, yearReports, null);
    }

    /**
     * The summary of a year's reports, its tables taken from {@code earlier} (may be null) when that
     * summed the very same tables (the same objects, in the same order), or empty when none has them.
     */
    static Optional<CountySummary> of(int year, List<AnnualReport> yearReports, CountySummary earlier) {
        List<AnnualReport> national = new ArrayList<>();
        for (AnnualReport report : yearReports) {
            if (report.statistics().orElse(null) instanceof Statistics.National) {
                national.add(report);
            }
        }
        if (national.isEmpty()) {
            return Optional.empty();
        }
        boolean same = earlier != null && earlier.year() == year && sameTables(earlier.reports(), national);
        ReportFormat format = same ? earlier.tables().format()
                : national.stream().anyMatch(r -> tablesOf(r).format() == ReportFormat.forYear(year))
                        ? ReportFormat.forYear(year) : tablesOf(national.get(0)).format();
        List<AnnualReport> sameFormat = national.stream().filter(r -> tablesOf(r).format() == format).toList();
        Statistics.National sum = same ? earlier.tables() : new Statistics.National(SUMMED, format,
                proactive(format, sameFormat), applications(format, national), reviews(national), List.of());
        return Optional.of(new CountySummary(year, sum, List.copyOf(national), sameFormat));
    }

    private static boolean sameTables(List<AnnualReport> earlier, List<AnnualReport> now) {
        if (earlier.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (tablesOf(earlier.get(i)) != tablesOf(now.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static ProactiveTable proactive(ReportFormat format, List<AnnualReport> reports) {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            for (ProactiveRow row : block.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (int f = 0; f < row.fields().size(); f++) {
                    if (row.fields().get(f).kind() == OfficialTables.Kind.TEXT) {
                        cells.add(Cell.empty(SUMMED)); // 采购总金额 is printed text with units: not summable
                        continue;
                    }
                    int field = f;
                    cells.add(sum(reports.stream().map(r -> tablesOf(r).proactive().row(row.key()).get(field))
                            .toList()));
                }
                rows.put(row.key(), List.copyOf(cells));
            }
        }
        return new ProactiveTable(rows);
    }

    private static ApplicationTable applications(ReportFormat format, List<AnnualReport> reports) {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (ApplicationRow row : OfficialTables.applicationRows(format)) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < ApplicationTable.COLUMNS.size(); c++) {
                int column = c;
                cells.add(sum(reports.stream().map(r -> mapped(tablesOf(r), format, row.key()).get(column))
                        .toList()));
            }
            rows.put(row.key(), List.copyOf(cells));
        }
        return new ApplicationTable(rows);
    }

    /** A report's row under the summary format's key: §4.3's mapping of （六）其他处理. */
    private static List<Cell> mapped(Statistics.National tables, ReportFormat format, String key) {
        if (tables.format() == format) {
            return tables.applications().row(key);
        }
        if (format == ReportFormat.V2021 && key.startsWith("other.")) {
            return key.equals("other.other") ? tables.applications().row("other") : noFigures();
        }
        if (format == ReportFormat.V2019 && key.equals("other")) {
            List<List<Cell>> parts = List.of(tables.applications().row("other.noCorrection"),
                    tables.applications().row("other.feeUnpaid"), tables.applications().row("other.other"));
            List<Cell> sums = new ArrayList<>();
            for (int c = 0; c < ApplicationTable.COLUMNS.size(); c++) {
                int column = c;
                sums.add(plainSum(parts.stream().map(p -> p.get(column)).toList()));
            }
            return sums;
        }
        return tables.applications().row(key);
    }

    /** A row the report's format does not have: cells the sum leaves out. */
    private static List<Cell> noFigures() {
        return ApplicationTable.COLUMNS.stream().map(c -> Cell.empty(NOT_IN_FORMAT)).toList();
    }

    /** One report's cells added up: empty only when all of them are. */
    private static Cell plainSum(List<Cell> cells) {
        if (cells.stream().allMatch(Cell::isEmpty)) {
            return Cell.empty(SUMMED);
        }
        return Cell.of(cells.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add), SUMMED);
    }

    private static ReviewTable reviews(List<AnnualReport> reports) {
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        for (String group : ReviewTable.GROUPS) {
            List<Cell> cells = new ArrayList<>();
            for (int f = 0; f < ReviewTable.FIELDS.size(); f++) {
                int field = f;
                cells.add(sum(reports.stream().map(r -> tablesOf(r).reviews().group(group).get(field)).toList()));
            }
            groups.put(group, List.copyOf(cells));
        }
        return new ReviewTable(groups, Optional.empty());
    }

    /**
     * The sum of the figures the reports give. A cell a report left empty adds nothing, and the
     * printed cell says how many reports left it empty, so that a reader never takes the sum for
     * complete: "35（2 份留空）"; "（3 份均留空）" when no report gave a figure.
     */
    private static Cell sum(List<Cell> all) {
        List<Cell> cells = all.stream().filter(c -> c.location() != NOT_IN_FORMAT).toList();
        if (cells.isEmpty()) {
            return Cell.empty(SUMMED);
        }
        long empty = cells.stream().filter(Cell::isEmpty).count();
        if (empty == 0) {
            return Cell.of(cells.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add), SUMMED);
        }
        if (empty == cells.size()) {
            return new Cell(null, "（" + empty + " 份均留空）", SUMMED);
        }
        BigDecimal total = cells.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Cell(total, total.toPlainString() + "（" + empty + " 份留空）", SUMMED);
    }

    private static Statistics.National tablesOf(AnnualReport report) {
        return (Statistics.National) report.statistics().orElseThrow();
    }
}
