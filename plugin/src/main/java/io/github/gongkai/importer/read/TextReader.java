package io.github.gongkai.importer.read;

import io.github.gongkai.content.SourceText;
import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.Block.Heading;
import io.github.gongkai.importer.document.Block.Paragraph;
import io.github.gongkai.importer.document.Block.Row;
import io.github.gongkai.importer.document.Block.Table;
import io.github.gongkai.importer.document.Cell;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.document.Place;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report given as text (.txt) or Markdown (.md): copied from a portal page (a line is a
 * paragraph), from a PDF (a line is a printed line: joined back, page numbers dropped), or typed
 * with Markdown pipe tables. Lines with a "|" are table rows, and so are lines whose cells are
 * separated by tabs (a table copied from a browser or Word: an empty cell is two tabs in a row,
 * kept empty, never 0); a "# " line is a heading (the title
 * when it is the first). An annotated copy (our reference texts) marks the report with
 * "# ---- BEGIN … ----" and "# ---- END … ----"; only what lies between them is read.
 */
public final class TextReader {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private TextReader() {
    }

    /** Reads the file, strictly UTF-8 (or GB18030 when detected, as site files are read). */
    public static ImportDocument read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return parse(name, SourceText.read(absolute.getParent(), absolute).text(),
                name.matches("(?i).*\\.(md|markdown)"));
    }

    /** The document of {@code text}. */
    public static ImportDocument parse(String name, String text, boolean markdown) {
        List<NumberedLine> lines = lines(text);
        int fullWidth = markdown ? 0 : LineJoiner.fullWidth(lines.stream().map(NumberedLine::text).toList());
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        StringBuilder paragraph = null;
        Place paragraphAt = null;
        for (int i = 0; i < lines.size(); i++) {
            NumberedLine line = lines.get(i);
            String t = line.text();
            boolean row = (t.contains("|") || line.tabbed()) && !isMetadata(line);
            if (!row && !rows.isEmpty() && !t.isEmpty()) {
                blocks.add(new Table(List.copyOf(rows), rows.get(0).at()));
                rows.clear();
            }
            boolean endsParagraph = t.isEmpty() ? markdown : !markdown || row || MARKDOWN_HEADING.matcher(t).matches();
            // Outside Markdown a blank line decides nothing: a copy from a PDF puts one after every printed line,
            // and whether a line goes on was decided when it was read.
            if (paragraph != null && markdown && (endsParagraph || t.isEmpty())) {
                blocks.add(new Paragraph(paragraph.toString(), paragraphAt));
                paragraph = null;
            }
            if (t.isEmpty() || PageFurniture.isPageNumber(t)) {
                continue;
            }
            Place at = Place.line(line.number());
            if (row) {
                if (!MARKDOWN_RULE.matcher(t).matches()) {
                    rows.add(new Row(cells(line), at));
                }
                continue;
            }
            Matcher heading = MARKDOWN_HEADING.matcher(t);
            if (heading.matches() && !t.startsWith("#---")) {
                // "# " is the title (Markdown, or a copy that kept the Markdown of a portal page).
                blocks.add(new Heading(heading.group(1).length() - 1, unbold(heading.group(2)), at));
                continue;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(unbold(t));
                paragraphAt = at;
            } else {
                paragraph.append(unbold(t)); // Chinese wraps without a space
            }
            if (!markdown) {
                String next = nextText(lines, i);
                if (next == null || !LineJoiner.continues(t, next, fullWidth)) {
                    blocks.add(new Paragraph(paragraph.toString(), paragraphAt));
                    paragraph = null;
                }
            }
        }
        if (paragraph != null) {
            blocks.add(new Paragraph(paragraph.toString(), paragraphAt));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows), rows.get(0).at()));
        }
        return new ImportDocument(name, List.copyOf(blocks), markdown);
    }

    /** A portal's metadata box copied as "发布机构：… | 公开日期：…": every cell a "name：value", not a table row. */
    private static boolean isMetadata(NumberedLine line) {
        List<String> cells = cells(line).stream().map(Cell::text).filter(c -> !c.isEmpty()).toList();
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.contains("：") || c.contains(":"));
    }

    /** The next line with text that is not a page number: a paragraph goes on across a page break. */
    private static String nextText(List<NumberedLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (!t.isEmpty() && !PageFurniture.isPageNumber(t)) {
                return t;
            }
        }
        return null;
    }

    private static List<Cell> cells(NumberedLine line) {
        if (!line.tabbed() || line.text().contains("|")) {
            return cells(line.text());
        }
        // Trailing tabs are trailing empty cells; the indent before the first cell is not a cell.
        List<Cell> cells = new ArrayList<>();
        for (String cell : line.raw().stripLeading().split("\t", -1)) {
            cells.add(Cell.of(strip(cell)));
        }
        return cells;
    }

    /** The cells of a "a | b | c" row; Markdown's outer pipes do not make cells, but "| | a" keeps its empty first cell. */
    static List<Cell> cells(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        List<Cell> cells = new ArrayList<>();
        for (String cell : row.split("\\|", -1)) {
            cells.add(Cell.of(strip(cell)));
        }
        return cells;
    }

    private static String unbold(String text) {
        String t = text;
        if (t.startsWith("**") && t.endsWith("**") && t.length() > 4) {
            t = t.substring(2, t.length() - 2);
        }
        return strip(t);
    }

    /** Blanks at both ends, including the ideographic space many portals indent with. */
    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    /**
     * @param text the line without blanks at its ends
     * @param raw  the line as it is, for the empty cells a tab-separated row ends with
     */
    private record NumberedLine(int number, String text, String raw) {

        /**
         * A row of cells separated by tabs: two cells with text at least, so that an indent or a
         * stray tab after a heading does not make a row.
         */
        boolean tabbed() {
            if (raw.indexOf('\t') < 0) {
                return false;
            }
            int filled = 0;
            for (String cell : raw.split("\t")) {
                filled += strip(cell).isEmpty() ? 0 : 1;
            }
            return filled >= 2;
        }
    }

    /** The report's lines, between the BEGIN and END marks of an annotated copy when it has them. */
    private static List<NumberedLine> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        int from = 0;
        int to = raw.length;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].startsWith("# ---- BEGIN")) {
                from = i + 1;
            } else if (raw[i].startsWith("# ---- END") && i >= from) {
                to = i;
                break;
            }
        }
        List<NumberedLine> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(new NumberedLine(i + 1, strip(raw[i]), raw[i]));
        }
        return lines;
    }
}
