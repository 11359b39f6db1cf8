package io.github.gongkai.validate;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.Statistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B5: a body's 上年结转 this year should equal its 结转下年度继续办理 of the year before. It breaks
 * legitimately after 机构改革, so it is a warning.
 */
final class YearContinuity {

    private YearContinuity() {
    }

    /** The B5 findings of every report that has a previous year with tables, by report. */
    static Map<AnnualReport, List<Finding>> check(List<AnnualReport> reports) {
        Map<String, AnnualReport> byBodyAndYear = new HashMap<>();
        reports.forEach(r -> byBodyAndYear.put(r.body().id() + "/" + r.year(), r));
        Map<AnnualReport, List<Finding>> findings = new HashMap<>();
        for (AnnualReport report : reports) {
            AnnualReport previous = byBodyAndYear.get(report.body().id() + "/" + (report.year() - 1));
            if (previous == null || !(report.statistics().orElse(null) instanceof Statistics.National now)
                    || !(previous.statistics().orElse(null) instanceof Statistics.National before)) {
                continue;
            }
            List<Finding> list = new ArrayList<>();
            List<Cell> carriedIn = now.applications().row("carriedIn");
            List<Cell> carriedOut = before.applications().row("carriedOut");
            for (int c = 0; c < carriedIn.size(); c++) {
                if (carriedIn.get(c).orZero().compareTo(carriedOut.get(c).orZero()) != 0) {
                    list.add(new Finding("B5", false, carriedIn.get(c).location(), ApplicationTable.COLUMNS.get(c)
                            + "列：上年结转(" + carriedIn.get(c).orZero().toPlainString() + ") ≠ " + previous.year()
                            + "年结转下年度继续办理(" + carriedOut.get(c).orZero().toPlainString() + ")，见 "
                            + carriedOut.get(c).location()));
                }
            }
            if (!list.isEmpty()) {
                findings.put(report, list);
            }
        }
        return findings;
    }
}
