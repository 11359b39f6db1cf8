package io.github.gongkai.validate;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks one report's figures against the invariants of contract §5.5: B1, B2, B3, C1, P1 stop
 * the build unless the report acknowledges them (the published original has them); empty
 * cells (B7), figures the narrative quotes differently (B6) and 规章 in a county-level report
 * (A4), a report published after its legal deadline (D1) and AsciiDoc marks that would not show as
 * written (M1) are warnings.
 */
public final class ReportValidator {

    private ReportValidator() {
    }

    /** Every finding for {@code report}, in the order of its tables. */
    public static List<Finding> check(AnnualReport report) {
        List<Finding> notes = new ArrayList<>(Deadline.check(report));
        notes.addAll(MarkupMarks.check(report));
        if (report.statistics().isEmpty()) {
            return notes;
        }
        List<Equation> equations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Finding> counts = CountValues.check(report.statistics().get());
        Set<String> acknowledged;
        if (report.statistics().get() instanceof Statistics.National tables) {
            applications(tables, equations);
            reviews(tables.reviews(), equations);
            if (!report.body().level().makesRules()) {
                regulations(tables, findings);
            }
            report.narrative().ifPresent(narrative -> {
                findings.addAll(NarrativeFigures.check(narrative, tables));
                findings.addAll(AllUpheld.check(narrative, tables));
            });
            acknowledged = Set.copyOf(tables.acknowledged());
        } else {
            Statistics.Pre2019 pre2019 = (Statistics.Pre2019) report.statistics().get();
            Map<StatisticItem, Cell> cells = new IdentityHashMap<>();
            pre2019.items().forEach(item -> parts(item, equations, cells));
            acknowledged = Set.copyOf(pre2019.acknowledged());
        }
        findings.addAll(notes);
        return judge(report, equations, counts, acknowledged, findings);
    }

    private static List<Finding> judge(AnnualReport report, List<Equation> equations, List<Finding> counts,
            Set<String> acknowledged, List<Finding> soft) {
        List<Finding> findings = new ArrayList<>();
        // Each empty cell once, though it is in several equations (B1, B2, B3).
        Set<Cell> emptyCells = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> violated = new TreeSet<>();
        for (Finding count : counts) {
            violated.add(count.id());
            findings.add(acknowledged.contains(count.id()) ? new Finding(count.id(), false, count.location(),
                    count.message() + "（已在 acknowledged 中确认为原文如此）") : count);
        }
        for (Equation equation : equations) {
            equation.left().stream().filter(Cell::isEmpty).forEach(emptyCells::add);
            equation.right().stream().filter(Cell::isEmpty).forEach(emptyCells::add);
            if (equation.holds()) {
                continue;
            }
            boolean explained = equation.hasEmptyCell() && equation.emptyCellsCanExplain();
            String message = equation.describe();
            if (equation.hasEmptyCell() && !explained) {
                // 0 + 0 ≠ 35 + x is never "the original simply left a cell empty" (contract §5.5).
                message += "（留空的单元格：" + equation.emptyCells() + "；无论填入什么非负整数都不能成立，"
                        + "不是留空所致）";
            }
            if (explained) {
                findings.add(new Finding("B7", false, equation.location(), "原文留空的单元格按 0 计算后不成立，"
                        + "但填入适当的数即可成立（原文留空，仅提示）：" + message));
            } else if (acknowledged.contains(equation.id())) {
                violated.add(equation.id());
                findings.add(new Finding(equation.id(), false, equation.location(), message
                        + "（已在 acknowledged 中确认为原文如此）"));
            } else {
                violated.add(equation.id());
                findings.add(new Finding(equation.id(), true, equation.location(), message));
            }
        }
        if (!emptyCells.isEmpty()) {
            // Pointed at the first of them, so that the reader can go and look.
            Cell first = emptyCells.stream().min(Comparator.comparingInt(c -> c.location().line())).orElseThrow();
            findings.add(new Finding("B7", false, first.location(), "表中有 " + emptyCells.size()
                    + " 个留空的单元格，核对勾稽关系时按 0 计算 / " + emptyCells.size() + " empty cells were read as 0"));
        }
        for (String id : acknowledged) {
            if (!violated.contains(id)) {
                findings.add(new Finding(id, false, report.statistics().get().source(),
                        "acknowledged 中确认了 " + id + "，但该关系其实成立，可以删去 / acknowledged but holds"));
            }
        }
        findings.addAll(soft);
        return List.copyOf(findings);
    }

    private static void applications(Statistics.National tables, List<Equation> equations) {
        ApplicationTable table = tables.applications();
        List<ApplicationRow> results = OfficialTables.resultRows(tables.format());
        for (int c = 0; c < ApplicationTable.COLUMNS.size(); c++) {
            int column = c;
            String context = ApplicationTable.COLUMNS.get(c) + "列";
            Cell received = table.row("received").get(c);
            equations.add(new Equation("B1", received.location(), context,
                    List.of(received, table.row("carriedIn").get(c)), "本年新收(%s)+上年结转(%s)",
                    List.of(table.row("total").get(c), table.row("carriedOut").get(c)), "办理结果总计(%s)+结转下年度(%s)"));
            Cell total = table.row("total").get(c);
            List<Cell> parts = results.stream().map(r -> table.row(r.key()).get(column)).toList();
            equations.add(new Equation("B2", total.location(), context, List.of(total), "（七）总计(%s)",
                    parts, "（一）至（六）各项之和", results.stream().map(ApplicationRow::fullLabel).toList(), false));
        }
        for (ApplicationRow row : OfficialTables.applicationRows(tables.format())) {
            List<Cell> cells = table.row(row.key());
            equations.add(new Equation("B3", cells.get(0).location(), "“" + row.fullLabel() + "”行",
                    List.of(cells.get(ApplicationTable.TOTAL_COLUMN)), "总计(%s)",
                    cells.subList(0, ApplicationTable.TOTAL_COLUMN), "六类申请人之和",
                    ApplicationTable.COLUMNS.subList(0, ApplicationTable.TOTAL_COLUMN), false));
        }
    }

    private static void reviews(ReviewTable table, List<Equation> equations) {
        for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
            List<Cell> cells = table.group(ReviewTable.GROUPS.get(g));
            equations.add(new Equation("C1", cells.get(4).location(), ReviewTable.GROUP_LABELS.get(g), List.of(cells.get(4)),
                    "总计(%s)", cells.subList(0, 4), "结果维持(%s)+结果纠正(%s)+其他结果(%s)+尚未审结(%s)"));
        }
    }

    /** P1 for a figure and its parts; {@code cells} gives each figure one cell, counted once as B7. */
    private static void parts(StatisticItem item, List<Equation> equations, Map<StatisticItem, Cell> cells) {
        Cell total = cell(item, cells);
        if (!item.parts().isEmpty()) {
            equations.add(new Equation("P1", item.location(), "“" + item.label() + "”", List.of(total), "总数(%s)",
                    cells(item.parts(), cells), "各分项之和", labels(item.parts()), false));
        }
        if (!item.ofWhich().isEmpty()) {
            // 其中 lists some of the figure: the parts may add up to less, never to more.
            equations.add(new Equation("P1", item.location(), "“" + item.label() + "”", List.of(total), "总数(%s)",
                    cells(item.ofWhich(), cells), "其中各项之和", labels(item.ofWhich()), true));
        }
        item.parts().forEach(part -> parts(part, equations, cells));
        item.ofWhich().forEach(part -> parts(part, equations, cells));
    }

    private static List<Cell> cells(List<StatisticItem> items, Map<StatisticItem, Cell> cells) {
        return items.stream().map(p -> cell(p, cells)).toList();
    }

    private static Cell cell(StatisticItem item, Map<StatisticItem, Cell> cells) {
        return cells.computeIfAbsent(item, i -> Cell.of(i.value(), i.location()));
    }

    private static List<String> labels(List<StatisticItem> items) {
        return items.stream().map(StatisticItem::label).toList();
    }

    private static void regulations(Statistics.National tables, List<Finding> findings) {
        Stream.of(tables.proactive().row("regulations")).flatMap(List::stream)
                .filter(cell -> cell.value() != null && cell.value().signum() > 0)
                .findFirst()
                .ifPresent(cell -> findings.add(new Finding("A4", false, cell.location(),
                        "县级及以下机关没有规章制定权，表二“规章”行却有数字，请核对（若本机关确有规章制定权，请在 bodies.yaml 中为它写 "
                                + "level: city、province 或 ministry） / 规章 > 0 in a county-level report")));
    }
}
