package io.github.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of one flattened table line: "a | b | c" (our reference texts, Markdown pipe
 * tables) or a single cell per line (a stored copy of an HTML table). Layout notes such as
 * "[colspan=4]" are dropped; an empty cell ("(空)", "", "/", "-") is {@code null}.
 */
final class TableCells {

    private static final Pattern NOTE = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?\\s*(元|万元)");
    /** What portals print in an empty cell: slashes and dashes of every width, 空, 无. */
    private static final java.util.Set<String> EMPTY_MARKS = java.util.Set.of("（空）", "空", "无", "/", "／", "-", "－", "−",
            "–", "—", "——", "---");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private TableCells() {
    }

    /** Whether the line is written as a table row (it has a cell separator). */
    static boolean isRow(String line) {
        return line.contains("|");
    }

    /** Whether the line is a Markdown table's header rule (|---|---|). */
    static boolean isRule(String line) {
        return MARKDOWN_RULE.matcher(line).matches();
    }

    /** The cells of a row, notes removed; Markdown's outer pipes do not make empty cells. */
    static List<String> split(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("\\|", -1)) {
            cells.add(withoutNotes(cell));
        }
        return cells;
    }

    /** The text without layout notes in square brackets, stripped. */
    static String withoutNotes(String text) {
        return LabelText.strip(NOTE.matcher(text).replaceAll(" ").replaceAll("\\s+", " "));
    }

    /** Whether the text is a cell value: a number, an amount with its unit, or an empty mark. */
    static boolean isValue(String text) {
        String t = number(text);
        return isEmpty(t) || NUMBER.matcher(t).matches() || AMOUNT.matcher(t).matches();
    }

    /**
     * The number as a statistics file writes it: thousands separators and full-width digits folded, a
     * sign written before a figure ("+19", "－8", v2019's 本年增/减) as a plain one ("19", "-8").
     */
    static String number(String text) {
        StringBuilder t = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean signed = t.toString().isBlank() && i + 1 < text.length() && isDigit(text.charAt(i + 1));
            if (signed && (c == '+' || c == '＋')) {
                continue;
            } else if (signed && (c == '－' || c == '−' || c == '–')) {
                t.append('-');
            } else if (c >= '０' && c <= '９') {
                t.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                t.append('.');
            } else if ((c == ',' || c == '，') && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                continue;
            } else {
                t.append(c);
            }
        }
        return t.toString().strip();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Whether the text marks an empty cell. */
    static boolean isEmpty(String text) {
        String t = LabelText.fold(text);
        return t.isEmpty() || EMPTY_MARKS.contains(t);
    }

    /** A cell as the statistics file's YAML gives it back (null, 0, 251000元), as text, for comparisons. */
    static String cellText(Object value) {
        return value == null ? null : value.toString();
    }

    /** Whether the text is a plain number. */
    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}
