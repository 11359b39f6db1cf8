package io.github.gongkai.validate;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.Kind;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * N1: every count is a whole number ≥ 0. The loader refuses any other value unless the report
 * acknowledges N1 (its published original has one); those kept values are found here.
 */
final class CountValues {

    private CountValues() {
    }

    static List<Finding> check(Statistics statistics) {
        List<Finding> findings = new ArrayList<>();
        if (statistics instanceof Statistics.National tables) {
            for (ProactiveBlock block : OfficialTables.proactiveBlocks(tables.format())) {
                for (ProactiveRow row : block.rows()) {
                    List<Cell> cells = tables.proactive().row(row.key());
                    for (int i = 0; i < cells.size(); i++) {
                        check(cells.get(i), row.fields().get(i).kind(),
                                "表二“" + row.label() + "”行“" + block.columns().get(i) + "”列", findings);
                    }
                }
            }
            tables.applications().rows().forEach((key, cells) -> {
                for (int i = 0; i < cells.size(); i++) {
                    check(cells.get(i), Kind.COUNT, "表三 " + key + " 行“" + ApplicationTable.COLUMNS.get(i) + "”列",
                            findings);
                }
            });
            for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
                List<Cell> cells = tables.reviews().group(ReviewTable.GROUPS.get(g));
                for (int i = 0; i < cells.size(); i++) {
                    check(cells.get(i), Kind.COUNT, "表四“" + ReviewTable.GROUP_LABELS.get(g) + "”的“"
                            + ReviewTable.FIELD_LABELS.get(i) + "”", findings);
                }
            }
        } else {
            ((Statistics.Pre2019) statistics).items().forEach(item -> check(item, findings));
        }
        return findings;
    }

    private static void check(StatisticItem item, List<Finding> findings) {
        check(Cell.of(item.value(), item.location()), Kind.DECIMAL, "“" + item.label() + "”", findings);
        item.parts().forEach(part -> check(part, findings));
    }

    private static void check(Cell cell, Kind kind, String where, List<Finding> findings) {
        BigDecimal value = cell.value();
        if (value == null || kind == Kind.TEXT) {
            return;
        }
        boolean negative = value.signum() < 0 && kind != Kind.SIGNED;
        boolean fractional = value.stripTrailingZeros().scale() > 0 && kind != Kind.DECIMAL;
        if (negative || fractional) {
            findings.add(new Finding("N1", true, cell.location(), where + "的值 " + value.toPlainString() + " 不是"
                    + (negative ? "非负数" : "整数") + " / not a whole number ≥ 0"));
        }
    }
}
