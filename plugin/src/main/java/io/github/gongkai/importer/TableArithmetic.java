package io.github.gongkai.importer;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sums of the official tables, checked on what was imported so that a person is told which
 * equation of the original does not hold, with both sides: the import copies the original as it
 * is and never corrects it (nor acknowledges it: that is the person's decision). Empty cells count
 * as 0 here; rows not read are left out of the check.
 */
final class TableArithmetic {

    private TableArithmetic() {
    }

    /** Each equation that does not hold, in words with both sides. */
    static List<String> check(OfficialTableRecogniser.Result tables, ReportFormat format) {
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> rows = tables.applications();
        List<String> columns = ApplicationTable.COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            Long received = cell(rows, "received", c);
            Long carriedIn = cell(rows, "carriedIn", c);
            Long total = cell(rows, "total", c);
            Long carriedOut = cell(rows, "carriedOut", c);
            if (received != null && carriedIn != null && total != null && carriedOut != null
                    && received + carriedIn != total + carriedOut) {
                errors.add("表三“" + columns.get(c) + "”列：一、本年新收 + 二、上年结转 = " + received + " + " + carriedIn + " = "
                        + (received + carriedIn) + "，（七）总计 + 四、结转下年度 = " + total + " + " + carriedOut + " = "
                        + (total + carriedOut));
            }
            long sum = 0;
            boolean all = true;
            for (ApplicationRow row : OfficialTables.resultRows(format)) {
                Long v = cell(rows, row.key(), c);
                all &= v != null;
                sum += v == null ? 0 : v;
            }
            if (all && total != null && sum != total) {
                errors.add("表三“" + columns.get(c) + "”列：（一）至（六）各项之和 = " + sum + "，（七）总计 = " + total);
            }
        }
        for (ApplicationRow row : OfficialTables.applicationRows(format)) {
            List<String> cells = rows.get(row.key());
            if (cells == null || cells.size() != 7 || cells.get(6) == null) {
                continue;
            }
            long sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += cells.get(c) == null ? 0 : Long.parseLong(cells.get(c));
            }
            long total = Long.parseLong(cells.get(6));
            if (sum != total) {
                errors.add("表三“" + row.fullLabel() + "”行：六类申请人之和 = " + sum + "，总计 = " + total);
            }
        }
        for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
            List<String> cells = tables.reviews().get(ReviewTable.GROUPS.get(g));
            if (cells == null || cells.get(4) == null) {
                continue;
            }
            long sum = 0;
            for (int f = 0; f < 4; f++) {
                sum += cells.get(f) == null ? 0 : Long.parseLong(cells.get(f));
            }
            if (sum != Long.parseLong(cells.get(4))) {
                errors.add("表四“" + ReviewTable.GROUP_LABELS.get(g) + "”：维持 + 纠正 + 其他 + 尚未审结 = " + sum + "，总计 = "
                        + cells.get(4));
            }
        }
        return errors;
    }

    /** The figure in column {@code c} of a row (null when the row was not read; 0 for an empty cell). */
    private static Long cell(Map<String, List<String>> rows, String key, int c) {
        List<String> cells = rows.get(key);
        if (cells == null) {
            return null;
        }
        if (cells.size() == 6 && c == 6) {
            long sum = 0;
            for (String v : cells) {
                sum += v == null ? 0 : Long.parseLong(v);
            }
            return sum;
        }
        return cells.get(c) == null ? 0L : Long.parseLong(cells.get(c));
    }
}
