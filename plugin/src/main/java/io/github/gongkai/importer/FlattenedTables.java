package io.github.gongkai.importer;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.Field;
import io.github.gongkai.data.OfficialTables.Kind;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the national tables 二、三、四 (v2019/v2021) from a report whose tables were flattened to
 * text. A row is recognised by its printed label, taken from {@link OfficialTables}, and its
 * cells follow on the same line ("label | 0 | 0") or on the next lines, one per line; table 四
 * is the line of fifteen figures.
 */
final class FlattenedTables {

    /** Header texts of the printed tables that hold no figure; the row labels come from OfficialTables. */
    private static final List<String> HEADERS = List.of("信息内容", "申请人情况", "法人或其他组织", "行政复议", "行政诉讼",
            "未经复议直接起诉", "复议后起诉", "三、本年度办理结果", "本年度办理结果");

    /**
     * What was read.
     *
     * @param proactive    table 二: row key → cells in the order of the row's fields
     * @param applications table 三: row key (e.g. denied.stateSecret) → seven (or six) cells
     * @param reviews      table 四: group key → five cells
     * @param tableLines   the source lines that belong to a table (left out of the narrative)
     * @param unplaced     what could not be placed, and rows not found
     */
    record Result(Map<String, List<String>> proactive, Map<String, List<String>> applications,
            Map<String, List<String>> reviews, Set<Integer> tableLines, List<Unplaced> unplaced) {
    }

    /** A row of table 二 or 三 that a label names. */
    private sealed interface Row permits Proactive, Application {
    }

    private record Proactive(ProactiveRow row) implements Row {
    }

    private record Application(ApplicationRow row) implements Row {
    }

    private final List<ProactiveRow> proactiveRows = new ArrayList<>();
    private final List<ApplicationRow> applicationRows;
    private final Set<String> headers = new HashSet<>();
    private final Map<String, List<String>> proactive = new LinkedHashMap<>();
    private final Map<String, List<String>> applications = new LinkedHashMap<>();
    private final Map<String, List<String>> reviews = new LinkedHashMap<>();
    private final Set<Integer> tableLines = new HashSet<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private String group;

    private FlattenedTables(ReportFormat format) {
        this.applicationRows = OfficialTables.applicationRows(format);
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            proactiveRows.addAll(block.rows());
            headers.add(LabelText.fold(block.item()));
            block.columns().forEach(c -> headers.add(LabelText.fold(c)));
        }
        HEADERS.forEach(h -> headers.add(LabelText.fold(h)));
        ReviewTable.FIELD_LABELS.forEach(h -> headers.add(LabelText.fold(h)));
        ReviewTable.GROUP_LABELS.forEach(h -> headers.add(LabelText.fold(h)));
        ApplicationTable.COLUMNS.forEach(h -> headers.add(LabelText.fold(h)));
        applicationRows.stream().filter(r -> r.group() != null).forEach(r -> headers.add(LabelText.fold(r.group())));
    }

    /** Reads the tables of a report in {@code format} (v2019 or v2021) from its lines. */
    static Result read(List<SourceLine> lines, ReportFormat format) {
        FlattenedTables tables = new FlattenedTables(format);
        tables.scan(lines);
        tables.reportMissing();
        return new Result(tables.proactive, tables.applications, tables.reviews, Set.copyOf(tables.tableLines),
                List.copyOf(tables.unplaced));
    }

    private void scan(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            if (TableCells.isRule(text) || isNote(text)) {
                tableLines.add(line.number());
                continue;
            }
            List<String> cells = TableCells.isRow(text) ? TableCells.split(text) : List.of(TableCells.withoutNotes(text));
            String label = cells.get(0);
            List<String> values = new ArrayList<>(cells.subList(1, cells.size()));
            if (TableCells.isValue(label) && !label.isEmpty()) {
                tableLines.add(line.number());
                if (cells.size() == 15 && cells.stream().allMatch(TableCells::isValue)) {
                    placeReviews(line, cells);
                } else if (cells.size() > 1) {
                    unplaced.add(new Unplaced(line.number(), text, "表格行没有可识别的项目名称 / table row without a known label"));
                }
                continue;
            }
            Row row = match(label);
            boolean header = row == null && isHeader(label);
            boolean metadata = label.contains("：") || label.contains(":"); // 发布机构：… | 公开日期：…
            if (row == null && !header && (metadata || !(TableCells.isRow(text) || label.startsWith("第二十条")))) {
                continue; // narrative
            }
            tableLines.add(line.number());
            if (row == null) {
                if (!header && values.stream().anyMatch(v -> !TableCells.isEmpty(v) && TableCells.isValue(v))) {
                    unplaced.add(new Unplaced(line.number(), text, "未识别的表格行 / table row not recognised"));
                }
                continue;
            }
            if (values.isEmpty()) {
                i = collectBelow(lines, i, values, expected(row));
            }
            place(line, row, values);
        }
    }

    /** One-cell-per-line tables: the values follow the label on the next non-blank lines. */
    private int collectBelow(List<SourceLine> lines, int at, List<String> values, int wanted) {
        int i = at + 1;
        int last = at;
        while (i < lines.size() && values.size() < wanted) {
            String next = lines.get(i).text();
            if (!next.isEmpty()) {
                if (!TableCells.isValue(next) || TableCells.isRow(next)) {
                    break;
                }
                values.add(next);
                tableLines.add(lines.get(i).number());
                last = i;
            }
            i++;
        }
        return last;
    }

    private static boolean isNote(String text) {
        return text.startsWith("[") && text.endsWith("]");
    }

    private boolean isHeader(String label) {
        String folded = LabelText.fold(label);
        return headers.contains(folded) || folded.startsWith("（本列数据的勾稽关系");
    }

    private Row match(String label) {
        String folded = LabelText.fold(label);
        for (ProactiveRow row : proactiveRows) {
            String official = LabelText.fold(row.label());
            // 2021 reports often keep the 2019 label 规范性文件 for 行政规范性文件.
            if (official.equals(folded) || (official.endsWith(folded) && folded.length() >= 4)) {
                return new Proactive(row);
            }
        }
        for (ApplicationRow row : applicationRows) {
            if (row.group() != null && folded.startsWith(LabelText.fold(row.group()))) {
                group = row.group();
                break;
            }
        }
        ApplicationRow found = null;
        for (ApplicationRow row : applicationRows) {
            boolean same = LabelText.fold(row.fullLabel()).equals(folded)
                    || (LabelText.fold(row.label()).equals(folded) && (row.group() == null || row.group().equals(group)));
            if (same) {
                found = row;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        if (found.group() == null) {
            group = null;
        }
        return new Application(found);
    }

    private static int expected(Row row) {
        return row instanceof Proactive p ? p.row().fields().size() : ApplicationTable.COLUMNS.size();
    }

    private void place(SourceLine line, Row row, List<String> values) {
        if (row instanceof Proactive p) {
            placeProactive(line, p.row(), values);
        } else if (row instanceof Application a) {
            placeApplication(line, a.row(), values);
        }
    }

    private void placeProactive(SourceLine line, ProactiveRow row, List<String> values) {
        if (values.size() != row.fields().size()) {
            unplaced.add(new Unplaced(line.number(), line.text(), "表二“" + row.label() + "”应有 " + row.fields().size()
                    + " 个数，这里有 " + values.size() + " 个 / wrong number of cells"));
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Field field = row.fields().get(i);
            String value = values.get(i);
            if (TableCells.isEmpty(value)) {
                cells.add(null);
            } else if (field.kind() != Kind.TEXT && !TableCells.isNumber(value)) {
                unplaced.add(new Unplaced(line.number(), line.text(), "表二“" + row.label() + "”的“" + value
                        + "”不是数字 / not a number"));
                return;
            } else {
                cells.add(value);
            }
        }
        keep(proactive, row.key(), row.label(), line, cells);
    }

    private void placeApplication(SourceLine line, ApplicationRow row, List<String> values) {
        if (values.size() == 1 && TableCells.isNumber(values.get(0))) {
            // A copy that dropped the empty applicant cells keeps only 总计 (舟山 2020: "only the 总计 column is filled").
            List<String> onlyTotal = new ArrayList<>(java.util.Collections.nCopies(6, (String) null));
            onlyTotal.add(values.get(0));
            keep(applications, row.key(), row.fullLabel(), line, onlyTotal);
            return;
        }
        if (values.size() != 7 && values.size() != 6 || !values.stream().allMatch(TableCells::isValue)
                || values.stream().anyMatch(v -> !TableCells.isEmpty(v) && !TableCells.isNumber(v))) {
            unplaced.add(new Unplaced(line.number(), line.text(), "表三“" + row.fullLabel()
                    + "”应有 7 个数（或不含总计的 6 个） / expected 7 (or 6) figures"));
            return;
        }
        keep(applications, row.key(), row.fullLabel(), line, values.stream()
                .map(v -> TableCells.isEmpty(v) ? null : v).toList());
    }

    private void placeReviews(SourceLine line, List<String> cells) {
        if (!reviews.isEmpty()) {
            unplaced.add(new Unplaced(line.number(), line.text(), "表四已在前面读到，此行未用 / table 四 already read"));
            return;
        }
        for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
            reviews.put(ReviewTable.GROUPS.get(g), cells.subList(g * 5, g * 5 + 5).stream()
                    .map(v -> TableCells.isEmpty(v) ? null : v).toList());
        }
    }

    private void keep(Map<String, List<String>> table, String key, String label, SourceLine line, List<String> cells) {
        if (table.containsKey(key)) {
            unplaced.add(new Unplaced(line.number(), line.text(), "“" + label + "”重复出现，只用第一次 / repeated row"));
            return;
        }
        table.put(key, new ArrayList<>(cells));
    }

    private void reportMissing() {
        for (ProactiveRow row : proactiveRows) {
            if (!proactive.containsKey(row.key())) {
                unplaced.add(new Unplaced(0, "表二 " + row.label(), "原文中未找到此行，未写入（按 0 处理） / row not found"));
            }
        }
        for (ApplicationRow row : applicationRows) {
            if (!applications.containsKey(row.key())) {
                unplaced.add(new Unplaced(0, "表三 " + row.fullLabel(), "原文中未找到此行，未写入（按 0 处理） / row not found"));
            }
        }
        if (reviews.isEmpty()) {
            unplaced.add(new Unplaced(0, "表四", "原文中未找到十五个数的一行，未写入（按 0 处理） / table 四 not found"));
        }
    }
}
