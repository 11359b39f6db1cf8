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
import io.github.gongkai.importer.RowLabels.Application;
import io.github.gongkai.importer.RowLabels.Proactive;
import io.github.gongkai.importer.RowLabels.Row;
import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.Block.Heading;
import io.github.gongkai.importer.document.Block.Paragraph;
import io.github.gongkai.importer.document.Block.Table;
import io.github.gongkai.importer.document.Cell;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.document.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the official tables 二、三、四 (v2019/v2021) in a document, whatever the reader: real table
 * rows (Word, PDF), pipe rows and rows whose figures are separated by blanks (text). A row is
 * known by its label ({@link RowLabels}); its figures are the value cells at its end. Table 四 is
 * the row of fifteen figures, or rows of five (three tables) or ten, in the official order.
 * Every official row is either read or listed as missing: a missing row is never a zero.
 */
final class OfficialTableRecogniser {

    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u3000\\u00A0]+");
    /**
     * An official row the source does not have.
     *
     * @param key   where the row goes in the statistics file, e.g. applications.denied.process
     * @param table "表二", "表三" or "表四"
     * @param label the row's official label
     */
    record Missing(String key, String table, String label) {
        @Override
        public String toString() {
            return table + "“" + label + "”";
        }
    }

    /**
     * What was read.
     *
     * @param proactive    table 二: row key → cells in the order of the row's fields (null = empty cell)
     * @param applications table 三: row key → seven (or six) cells
     * @param reviews      table 四: group key → five cells
     * @param used         indexes of the blocks that belong to the tables (left out of the narrative)
     * @param unplaced     what was seen but could not be placed
     * @param missing      official rows not found
     */
    record Result(Map<String, List<String>> proactive, Map<String, List<String>> applications,
            Map<String, List<String>> reviews, Set<Integer> used, List<Unplaced> unplaced, List<Missing> missing) {
    }

    /** A row to look at: the cells of a table row, or a paragraph read as one. */
    private record Candidate(int block, boolean fromTable, Place at, String source, List<String> cells) {
    }

    private final ReportFormat format;
    private final RowLabels labels;
    private final TableHeaders headers;
    private final Map<String, List<String>> proactive = new LinkedHashMap<>();
    private final Map<String, List<String>> applications = new LinkedHashMap<>();
    private final List<String> reviewValues = new ArrayList<>();
    /** Table 四 printed a group a row with its label ("行政复议 | 0 | 0 | 0 | 0 | 0"): group index → its five cells. */
    private final Map<Integer, List<String>> reviewGroups = new LinkedHashMap<>();
    private final Set<Integer> used = new HashSet<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    /** Label-only lines just before a row: the start of a label a narrow cell wrapped. */
    private final List<Candidate> fragments = new ArrayList<>();
    private final Map<String, Candidate> sixOf = new LinkedHashMap<>();
    private final Map<String, Candidate> oneOf = new LinkedHashMap<>();
    private boolean reviewsStarted;
    private boolean inTableSection;

    private OfficialTableRecogniser(ReportFormat format) {
        this.format = format;
        this.labels = new RowLabels(format);
        this.headers = new TableHeaders(format);
    }

    /** Reads the tables of {@code document} in {@code format} (v2019 or v2021). */
    static Result read(ImportDocument document, ReportFormat format) {
        OfficialTableRecogniser tables = new OfficialTableRecogniser(format);
        List<Candidate> candidates = candidates(document);
        for (int i = 0; i < candidates.size(); i++) {
            i = tables.look(candidates, i);
        }
        tables.dropUnreadTables(document);
        tables.shortRowsOnlyWhereNoRowIsWhole();
        Map<String, List<String>> reviews = tables.reviews();
        return new Result(tables.proactive, tables.applications, reviews, Set.copyOf(tables.used),
                List.copyOf(tables.unplaced), tables.missing(reviews));
    }

    private static String fold(String text) {
        return LabelText.fold(text);
    }

    /** Every table row, and every paragraph split as "label figure figure …". */
    private static List<Candidate> candidates(ImportDocument document) {
        List<Candidate> candidates = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Table table) {
                for (Block.Row row : table.rows()) {
                    List<String> cells = row.cells().stream().map(Cell::text).map(TableCells::withoutNotes).toList();
                    candidates.add(new Candidate(b, true, row.at(), String.join(" | ", cells), cells));
                }
            } else {
                String text = block instanceof Paragraph p ? p.text() : ((Heading) block).text();
                candidates.add(new Candidate(b, false, block.at(), text, split(text)));
            }
        }
        return candidates;
    }

    /** "行政许可 97", "本年新收政府信息公开申请数量 705 0 0 0 0 0 705", "0 0 0 1 1 …": label, then figures. */
    static List<String> split(String text) {
        String t = TableCells.withoutNotes(text);
        String[] tokens = BLANKS.split(t);
        int firstValue = tokens.length;
        while (firstValue > 0 && TableCells.isValue(tokens[firstValue - 1]) && !tokens[firstValue - 1].isEmpty()) {
            firstValue--;
        }
        if (firstValue == tokens.length) {
            return List.of(t);
        }
        List<String> cells = new ArrayList<>();
        if (firstValue > 0) {
            cells.add(String.join("", java.util.Arrays.asList(tokens).subList(0, firstValue)));
        }
        cells.addAll(java.util.Arrays.asList(tokens).subList(firstValue, tokens.length));
        return cells;
    }

    /** Looks at candidate {@code i}; returns the last candidate it used. */
    private int look(List<Candidate> all, int i) {
        Candidate c = all.get(i);
        List<String> cells = c.cells();
        String whole = String.join("", cells);
        headers.note(c.fromTable() ? c.cells() : List.of(BLANKS.split(TableCells.withoutNotes(c.source()))),
                applications.isEmpty());
        if (whole.startsWith("[") && whole.endsWith("]") || TableCells.isRule(c.source())) {
            used.add(c.block());
            return i;
        }
        int labelEnd = -1;
        for (int k = 0; k < cells.size(); k++) {
            if (!TableCells.isValue(cells.get(k))) {
                labelEnd = k;
            }
        }
        List<String> values = new ArrayList<>(cells.subList(labelEnd + 1, cells.size()));
        List<String> labelCells = cells.subList(0, labelEnd + 1).stream().filter(s -> !s.isEmpty()).toList();
        if (labelCells.isEmpty()) {
            int wrapped = wrappedAround(all, i, c, "", values);
            if (wrapped >= 0) {
                return wrapped;
            }
            valuesOnly(c, values);
            return i;
        }
        if (labelCells.stream().anyMatch(l -> fold(l).contains("行政复议"))) {
            reviewsStarted = true;
        }
        if (reviewGroupRow(c, labelCells, values)) {
            return i;
        }
        boolean hasValues = values.stream().anyMatch(v -> !TableCells.isEmpty(v));
        Optional<Row> row = match(labelCells, hasValues);
        // A label without figures is a row only in a one-cell-per-line copy, with its figures below;
        // a header cell such as 总计 is never one.
        // A real table row whose figure cells are all empty is a row of empty cells (Shanghai 2019).
        // A header line "自然人 | 法人或其他组织 | 总计 | | |" is not the 总计 row left empty.
        boolean emptyCells = row.isPresent() && !hasValues && c.fromTable() && values.size() >= expected(row.get())
                && !(labelCells.size() > 1 && labelCells.stream().allMatch(headers::isHeader));
        int emptyLines = row.isPresent() && !hasValues && !emptyCells && labelCells.size() == 1
                && !headers.isHeader(labelCells.get(0)) ? emptyCellLines(all, i, expected(row.get())) : 0;
        boolean labelAlone = false;
        if (row.isPresent() && !hasValues && !emptyCells && (labelCells.size() > 1
                || c.cells().size() > 1 && c.fromTable() || headers.isHeader(labelCells.get(0)) || emptyLines == 0 && !valueFollows(all, i))) {
            labelAlone = true;
            row = Optional.empty();
        }
        if (row.isEmpty() && labelAlone && inTableSection && !c.fromTable()) {
            // An official row's label on a line of its own above its table (a converter's sub-heading,
            // "### 一、本年新收政府信息公开申请数量", 沭阳县人民政府 2025): table debris, not a section.
            used.add(c.block());
            fragments.clear();
            return i;
        }
        if (row.isEmpty() && hasValues) {
            int wrapped = wrappedAround(all, i, c, labelCells.get(labelCells.size() - 1), values);
            if (wrapped >= 0) {
                return wrapped;
            }
        }
        if (row.isEmpty()) {
            return notARow(all, i, c, labelCells, values);
        }
        used.add(c.block());
        fragments.forEach(f -> used.add(f.block()));
        fragments.clear();
        int last = i;
        if (emptyLines > 0) {
            values = new ArrayList<>(Collections.nCopies(expected(row.get()), ""));
            for (int j = i + 1; j <= i + emptyLines; j++) {
                used.add(all.get(j).block());
            }
            last = i + emptyLines;
        } else if (!hasValues && !emptyCells) {
            values.clear();
            last = collectBelow(all, i, values, expected(row.get())); // one cell a line
        }
        last = tailOfLabel(all, last, labelCells, row.get());
        place(c, row.get(), values);
        return last;
    }

    /** A row of table 四 labelled with its group and holding its five cells; false if the row is no such row. */
    private boolean reviewGroupRow(Candidate c, List<String> labelCells, List<String> raw) {
        String label = fold(String.join("", labelCells));
        int group = label.contains("未经复议") ? 1 : label.contains("复议后") ? 2 : label.endsWith("行政复议") ? 0 : -1;
        List<String> values = new ArrayList<>(raw);
        while (values.size() > 5 && TableCells.isEmpty(values.get(values.size() - 1))) {
            values.remove(values.size() - 1);
        }
        if (group < 0 || values.size() != 5 || values.stream().allMatch(TableCells::isEmpty)) {
            return false;
        }
        used.add(c.block());
        fragments.clear();
        reviewGroups.putIfAbsent(group, values);
        return true;
    }

    /** The row named by the label cells: the last cell, the cells joined, or with the wrapped lines before. */
    private Optional<Row> match(List<String> labelCells, boolean hasValues) {
        for (int k = labelCells.size() - 1; k >= 0; k--) {
            String label = String.join("", labelCells.subList(k, labelCells.size()));
            Optional<Row> row = labels.exact(label);
            if (row.isPresent()) {
                return row;
            }
        }
        String label = String.join("", labelCells);
        for (int k = 0; k <= fragments.size(); k++) {
            StringBuilder joined = new StringBuilder();
            fragments.subList(k, fragments.size()).forEach(f -> joined.append(String.join("", f.cells())));
            joined.append(label);
            Optional<Row> row = labels.exact(joined.toString());
            if (row.isEmpty() && hasValues) {
                row = labels.start(joined.toString());
            }
            if (row.isPresent()) {
                return row;
            }
        }
        // A numbered label printed with words left out, alone in its cell or after its group.
        return hasValues ? labels.abridged(labelCells.get(labelCells.size() - 1)).or(() -> labels.abridged(label))
                .or(() -> labels.abridgedProactive(labelCells.get(labelCells.size() - 1))) : Optional.empty();
    }

    /** A label that is no official row: a header, a wrapped piece of a label, or narrative. */
    private int notARow(List<Candidate> all, int i, Candidate c, List<String> labelCells, List<String> values) {
        boolean header = labelCells.stream().allMatch(headers::isHeader)
                || (!c.fromTable() && BLANKS.splitAsStream(c.source()).allMatch(headers::isHeader));
        if (!c.fromTable() && TableHeaders.isTableTitle(c.source())) {
            inTableSection = true;
            fragments.clear();
            return i; // the section heading stays in the narrative
        }
        boolean anyValue = values.stream().anyMatch(v -> !TableCells.isEmpty(v));
        if (header || labelCells.stream().allMatch(labels::isGroup)) {
            used.add(c.block());
            fragments.clear();
            return i;
        }
        if (!c.fromTable() && ReportOutline.level(c.source()) == 1) {
            inTableSection = false; // 五、… ends the tables
            fragments.clear();
            return i;
        }
        // The start of an official label wrapped onto its own line is a piece of the row, even where the
        // copy lost the table's heading.
        if (c.fromTable() || (inTableSection || labels.start(c.source()).isPresent()) && TableHeaders.isDebris(c.source())) {
            used.add(c.block());
            if (anyValue) {
                unplaced.add(new Unplaced(c.at(), c.source(), "未识别的表格行，其中的数未导入 / table row not recognised"));
            } else {
                fragments.add(c);
                if (fragments.size() > 3) {
                    fragments.remove(0);
                }
            }
        }
        return i;
    }

    /** The rest of a wrapped label on the lines after its row ("…不计" + "其他情形）"), which is not narrative. */
    private int tailOfLabel(List<Candidate> all, int at, List<String> labelCells, Row row) {
        String label = RowLabels.name(labelCells.get(labelCells.size() - 1));
        String official = RowLabels.nameOf(row);
        int last = at;
        for (int j = at + 1; j < all.size() && j <= at + 2; j++) {
            Candidate next = all.get(j);
            if (next.cells().size() != 1 || TableCells.isValue(next.cells().get(0))) {
                break;
            }
            String joined = label + fold(next.cells().get(0));
            if (!official.startsWith(joined) || joined.length() <= label.length()) {
                break;
            }
            used.add(next.block());
            label = joined;
            last = j;
        }
        return last;
    }

    /**
     * Figures alone on a line between the pieces of a wrapped label: a PDF table without ruling
     * lines centres the figures on the label's middle line (with {@code middle}, the piece of the
     * label printed there, if any), so the label's start is on the lines before and its end on the
     * line after. Returns the last candidate used, or -1.
     */
    private int wrappedAround(List<Candidate> all, int i, Candidate c, String middle, List<String> values) {
        if (fragments.isEmpty() || values.stream().allMatch(TableCells::isEmpty)) {
            return -1;
        }
        Candidate next = i + 1 < all.size() ? all.get(i + 1) : null;
        String after = next != null && next.cells().size() == 1 && !TableCells.isValue(next.cells().get(0))
                ? next.cells().get(0) : "";
        for (int k = 0; k < fragments.size(); k++) {
            StringBuilder before = new StringBuilder();
            // The label column is the last cell of each piece: the first may be the group's rowspan text.
            fragments.subList(k, fragments.size()).forEach(f -> before.append(f.cells().get(f.cells().size() - 1)));
            for (String tail : after.isEmpty() ? List.of("") : List.of(after, "")) {
                String label = before + middle + tail;
                Optional<Row> row = labels.exact(label).or(() -> labels.start(label)).or(() -> labels.abridged(label));
                if (row.isPresent()) {
                    used.add(c.block());
                    fragments.forEach(f -> used.add(f.block()));
                    fragments.clear();
                    if (!tail.isEmpty()) {
                        used.add(next.block());
                    }
                    place(c, row.get(), values);
                    return tail.isEmpty() ? i : i + 1;
                }
            }
        }
        return -1;
    }

    /** Rows of figures alone: table 四 (15 figures, or 5 and 10 in official order). */
    private void valuesOnly(Candidate c, List<String> values) {
        long figures = values.stream().filter(v -> !TableCells.isEmpty(v)).count();
        boolean reviewRow = reviewsStarted && (values.size() == 5 || values.size() == 10 || values.size() == 15)
                && figures >= 1;
        if (reviewRow && reviewValues.size() + values.size() <= 15) {
            reviewValues.addAll(values);
            used.add(c.block());
        } else if (c.fromTable() && figures > 0) {
            used.add(c.block());
            unplaced.add(new Unplaced(c.at(), c.source(), "表格行没有可识别的项目名称，其中的数未导入 / table row without a known label"));
        } else if (c.fromTable() || inTableSection) {
            used.add(c.block());
        }
    }

    /** Whether a lone figure follows (one-cell-per-line copies), past lines that are only "|". */
    private static boolean valueFollows(List<Candidate> all, int i) {
        for (int j = i + 1; j < all.size(); j++) {
            List<String> cells = all.get(j).cells().stream().filter(s -> !s.isEmpty()).toList();
            if (!cells.isEmpty()) {
                return cells.size() == 1 && TableCells.isValue(cells.get(0));
            }
        }
        return false;
    }

    /**
     * A one-cell-a-line copy whose row has only empty cells, each a line that is only "|" (湖北 2019: "规章 |"
     * then three "|" lines): the number of such lines, {@code wanted} or one more (the next row's opening
     * "|"), when a label or nothing comes next; else 0. Empty means empty: these cells are never zeros.
     */
    private static int emptyCellLines(List<Candidate> all, int i, int wanted) {
        int k = 0;
        while (i + k + 1 < all.size() && all.get(i + k + 1).cells().stream().allMatch(String::isEmpty)
                && all.get(i + k + 1).source().strip().replace("|", "").isBlank() && k <= wanted) {
            k++;
        }
        boolean labelNext = i + k + 1 >= all.size() || all.get(i + k + 1).cells().stream().anyMatch(s -> !TableCells.isValue(s));
        return (k == wanted || k == wanted + 1) && labelNext ? k : 0;
    }

    /** One-cell-per-line tables: the values follow the label on the next lines. */
    private int collectBelow(List<Candidate> all, int at, List<String> values, int wanted) {
        int last = at;
        for (int i = at + 1; i < all.size() && values.size() < wanted; i++) {
            Candidate next = all.get(i);
            List<String> cells = next.cells().stream().filter(s -> !s.isEmpty()).toList();
            if (cells.isEmpty()) {
                used.add(next.block()); // the "|" between the cells of some copies
                continue;
            }
            if (cells.size() != 1 || !TableCells.isValue(cells.get(0))) {
                break;
            }
            values.add(cells.get(0));
            used.add(next.block());
            last = i;
        }
        return last;
    }

    private int expected(Row row) {
        return row instanceof Proactive p ? p.row().fields().size() : ApplicationTable.COLUMNS.size();
    }

    private void place(Candidate c, Row row, List<String> raw) {
        List<String> values = new ArrayList<>(raw);
        int wanted = expected(row);
        // Empty cells left over from merged or layout columns at the end ("| 行政许可 | 97 | | |").
        while (values.size() > wanted && TableCells.isEmpty(values.get(values.size() - 1))) {
            values.remove(values.size() - 1);
        }
        while (values.size() > wanted && TableCells.isEmpty(values.get(0))) {
            values.remove(0);
        }
        if (row instanceof Proactive p) {
            placeProactive(c, p.row(), values);
        } else if (row instanceof Application a) {
            placeApplication(c, a.row(), values);
        }
    }

    private void placeProactive(Candidate c, ProactiveRow row, List<String> values) {
        if (values.size() != row.fields().size()) {
            unplaced.add(new Unplaced(c.at(), c.source(), "表二“" + row.label() + "”应有 " + row.fields().size()
                    + " 个数，这里有 " + values.size() + " 个 / wrong number of cells"));
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Field field = row.fields().get(i);
            String value = TableCells.number(values.get(i));
            // v2021 收费金额 is in 万元 by its header: "0.5万元" printed in the cell is that same 0.5.
            String inWan = value.endsWith("万元") ? value.substring(0, value.length() - 2).strip() : "";
            if (field.kind() == Kind.DECIMAL && TableCells.isNumber(inWan)) {
                value = inWan;
            }
            if (TableCells.isEmpty(value)) {
                cells.add(null);
            } else if (field.kind() != Kind.TEXT && !TableCells.isNumber(value)) {
                unplaced.add(new Unplaced(c.at(), c.source(), "表二“" + row.label() + "”的“" + value + "”"
                        + (field.kind() == Kind.DECIMAL && value.endsWith("元")
                                ? "单位不是表头规定的万元，未换算，请按原稿核对后手工填写 / not in 万元" : "不是数字 / not a number")));
                return;
            } else {
                cells.add(field.kind() == Kind.TEXT && TableCells.isNumber(value) ? value + headers.unitOf(row, i) : value);
            }
        }
        keep(proactive, row.key(), row.label(), c, cells);
    }

    private void placeApplication(Candidate c, ApplicationRow row, List<String> raw) {
        List<String> values = raw.stream().map(TableCells::number).toList();
        if (values.size() == 7 && headers.totalFirst()) {
            List<String> official = new ArrayList<>(values.subList(1, 7));
            official.add(values.get(0));
            values = official;
        }
        if (values.size() == 1 && TableCells.isNumber(values.get(0))) {
            // A copy that dropped the empty applicant cells keeps only 总计 (舟山 2020: "only the 总计 column is filled").
            List<String> onlyTotal = new ArrayList<>(Collections.nCopies(6, (String) null));
            onlyTotal.add(values.get(0));
            keep(applications, row.key(), row.fullLabel(), c, onlyTotal);
            oneOf.putIfAbsent(row.key(), c);
            return;
        }
        if (values.size() != 7 && values.size() != 6
                || values.stream().anyMatch(v -> !TableCells.isEmpty(v) && !TableCells.isNumber(v))) {
            unplaced.add(new Unplaced(c.at(), c.source(), "表三“" + row.fullLabel() + "”应有 7 个数（或不含总计的 6 个），这里有 "
                    + values.size() + " 个 / expected 7 (or 6) figures"));
            return;
        }
        keep(applications, row.key(), row.fullLabel(), c, values.stream().map(v -> TableCells.isEmpty(v) ? null : v).toList());
        if (values.size() == 6 && applications.containsKey(row.key())) {
            sixOf.put(row.key(), c);
        }
    }

    private void keep(Map<String, List<String>> table, String key, String label, Candidate c, List<String> cells) {
        if (table.containsKey(key)) {
            unplaced.add(new Unplaced(c.at(), c.source(), "“" + label + "”重复出现，只用第一次 / repeated row"));
            return;
        }
        table.put(key, new ArrayList<>(cells));
    }

    /**
     * A row of six figures is a table printed without its 总计 column, and a row of one figure one
     * printed with only its 总计 filled, only if no row has all seven: in a table of seven-figure rows
     * it is a row cut short (a copy that ends inside it, 九原区政务服务局 2022), not a total to compute
     * nor a lone 总计.
     */
    private void shortRowsOnlyWhereNoRowIsWhole() {
        if (applications.entrySet().stream().noneMatch(e -> e.getValue().size() == 7 && !oneOf.containsKey(e.getKey()))) {
            return;
        }
        dropCut(sixOf, "表三此行只有 6 个数，而其他行都有 7 个，疑为残缺，未导入 / six figures where the other rows have seven");
        dropCut(oneOf, "表三此行只有 1 个数，而其他行都有 7 个，疑为残缺，未导入 / one figure where the other rows have seven");
    }

    private void dropCut(Map<String, Candidate> rows, String why) {
        for (Map.Entry<String, Candidate> cut : rows.entrySet()) {
            applications.remove(cut.getKey());
            unplaced.add(new Unplaced(cut.getValue().at(), cut.getValue().source(), why));
        }
    }

    /** A table none of whose rows is official is not imported: say so rather than lose it silently. */
    private void dropUnreadTables(ImportDocument document) {
        for (int b = 0; b < document.blocks().size(); b++) {
            if (document.blocks().get(b) instanceof Table table && !used.contains(b)) {
                used.add(b);
                unplaced.add(new Unplaced(table.at(), "表格（" + table.rows().size() + " 行）",
                        "不是官方统计表，未导入正文，请手工补入 / a table that is not an official one was left out"));
            }
        }
    }

    /**
     * Table 四's groups read whole: from the figures in official order (a copy cut inside the table keeps
     * the groups before the cut), or from rows labelled with their group.
     */
    private Map<String, List<String>> reviews() {
        Map<String, List<String>> reviews = new LinkedHashMap<>();
        for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
            List<String> cells = reviewValues.size() >= (g + 1) * 5 ? reviewValues.subList(g * 5, g * 5 + 5)
                    : reviewGroups.get(g);
            if (cells != null) {
                reviews.put(ReviewTable.GROUPS.get(g), cells.stream().map(TableCells::number)
                        .map(v -> TableCells.isEmpty(v) ? null : v).toList());
            }
        }
        return reviews;
    }

    private List<Missing> missing(Map<String, List<String>> reviews) {
        List<Missing> missing = new ArrayList<>();
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            for (ProactiveRow row : block.rows()) {
                if (!proactive.containsKey(row.key())) {
                    missing.add(new Missing("proactive." + row.key(), "表二", row.label()));
                }
            }
        }
        for (ApplicationRow row : OfficialTables.applicationRows(format)) {
            if (!applications.containsKey(row.key())) {
                missing.add(new Missing("applications." + row.key(), "表三", row.fullLabel()));
            }
        }
        List<String> groups = ReviewTable.GROUP_LABELS;
        for (int g = 0; g < groups.size(); g++) {
            if (!reviews.containsKey(ReviewTable.GROUPS.get(g))) {
                missing.add(new Missing("reviewsAndLitigation." + ReviewTable.GROUPS.get(g), "表四", groups.get(g)));
            }
        }
        return missing;
    }
}
