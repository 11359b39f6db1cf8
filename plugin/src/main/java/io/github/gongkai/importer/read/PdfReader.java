package io.github.gongkai.importer.read;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.Block.Paragraph;
import io.github.gongkai.importer.document.Block.Row;
import io.github.gongkai.importer.document.Block.Table;
import io.github.gongkai.importer.document.Cell;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.document.Place;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF with Apache PDFBox from the positions of its characters: characters on one baseline
 * are a line; a wide gap inside a line separates table cells, so a line of several cells is a
 * table row and runs of them are a table; page numbers and the running header or footer (lines in
 * the page's top or bottom band that are a page number or come back on every page) are dropped;
 * a line that reaches the right margin goes on in the next one unless that one is indented or
 * starts a numbered item, which joins the printed lines back into paragraphs.
 */
public final class PdfReader {

    /** A gap wider than this many character widths separates two table cells. */
    private static final double CELL_GAP = 1.0;
    /**
     * Borders closer than this (points) are one border drawn twice: WPS draws a cell's edge 2 pt
     * from the edge of the header cell above it (洪泽区 2023), which made a column of nothing.
     */
    private static final double DOUBLE_BORDER = 3.0;
    /** The top and bottom bands of a page where headers and footers are. */
    private static final double BAND = 0.07;
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");

    /**
     * A printed line: its cells (one for a text line) and where it is; a line inside a ruled table
     * carries the table row it is in ({@code ruled}), so that the lines of one row are one row.
     */
    private record Line(int page, int number, double y, double left, double right, double em, boolean band,
            List<Cell> cells, String ruled) {
        String text() {
            return String.join(" ", cells.stream().map(Cell::text).toList());
        }
    }

    private PdfReader() {
    }

    /** Reads {@code file}; a file PDFBox cannot open (damaged, encrypted) is an {@link InputError}. */
    public static ImportDocument read(Path file) {
        List<List<TextPosition>> pages;
        List<List<Rulings.Segment>> rulings = new ArrayList<>();
        try (PDDocument pdf = PdfFile.open(file)) {
            Glyphs glyphs = new Glyphs();
            glyphs.setSortByPosition(true);
            glyphs.getText(pdf);
            pages = glyphs.pages;
            for (PDPage page : pdf.getPages()) {
                rulings.add(Rulings.of(page));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputError known) {
                throw known;
            }
            // PDFBox reports some damage (a broken stream, a bad font) unchecked, while reading the pages.
            throw new InputError(SourceLocation.of(file), "无法读取 PDF 文件（" + e.getMessage() + "）。文件可能已损坏或加密 / "
                    + "cannot read the PDF", e);
        }
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            lines.addAll(lines(p + 1, pages.get(p), p < rulings.size() ? rulings.get(p) : List.of()));
        }
        lines = withoutFurniture(lines);
        if (lines.isEmpty()) {
            throw new InputError(SourceLocation.of(file), "PDF 中没有可读取的文字（可能是扫描件图片），请改用 Word 原稿或文字版 PDF / "
                    + "the PDF has no text (a scan?)");
        }
        return new ImportDocument(file.getFileName().toString(), blocks(lines), false);
    }

    /** Collects the characters of each page (the stripper's own text output is not used). */
    private static final class Glyphs extends PDFTextStripper {
        private final List<List<TextPosition>> pages = new ArrayList<>();
        private List<TextPosition> page = new ArrayList<>();

        @Override
        protected void startPage(PDPage p) {
            page = new ArrayList<>();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text); // without it PDFBox repeats a CID font's first character
            page.add(text);
        }

        @Override
        protected void endPage(PDPage p) {
            pages.add(page);
        }
    }

    private static List<Line> lines(int page, List<TextPosition> glyphs, List<Rulings.Segment> rulings) {
        List<TextPosition> visible = glyphs.stream().filter(g -> !g.getUnicode().isBlank()).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        double em0 = median(visible.stream().filter(g -> g.getUnicode().charAt(0) >= 0x2E80)
                .mapToDouble(TextPosition::getWidthDirAdj).sorted().toArray(), 10);
        float height = visible.get(0).getPageHeight();
        List<TextPosition> sorted = new ArrayList<>(visible);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = new ArrayList<>();
        double y = Double.NaN;
        for (TextPosition g : sorted) {
            if (!row.isEmpty() && Math.abs(g.getYDirAdj() - y) > em0 * 0.5) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                y = g.getYDirAdj();
            }
            row.add(g);
        }
        rows.add(row);
        double em = advance(rows, em0);
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (List<TextPosition> r : rows) {
            number++;
            r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            double top = r.get(0).getYDirAdj();
            boolean band = top < height * BAND || top > height * (1 - BAND);
            double middle = top - em * 0.35;
            List<Double> columns = columns(rulings, middle, r);
            if (columns.size() >= 2) {
                String tableRow = rowOf(rulings, middle, columns);
                List<Cell> cells = ruledCells(r, columns);
                Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && tableRow.equals(last.ruled())) {
                    // Another line of the same table row (a wrapped label, a centred figure): one row.
                    lines.set(lines.size() - 1, new Line(page, last.number(), last.y(), last.left(), last.right(), em,
                            last.band(), merge(last.cells(), cells), tableRow));
                } else {
                    lines.add(new Line(page, number, top, r.get(0).getXDirAdj(), right(r.get(r.size() - 1)), em, band,
                            cells, tableRow));
                }
                continue;
            }
            List<Cell> cells = cells(r, em);
            if (cells.size() > 1 && cells.stream().allMatch(c -> c.text().contains("：") || c.text().contains(":"))) {
                // A portal's metadata line ("发布机构：…　公开日期：…") spaced wide: text, not a table row.
                cells = List.of(Cell.of(String.join("　", cells.stream().map(Cell::text).toList())));
            }
            lines.add(new Line(page, number, top, r.get(0).getXDirAdj(), right(r.get(r.size() - 1)), em, band, cells, null));
        }
        return lines;
    }

    /** The x of the table borders that cross the line at {@code y} and enclose its text, left to right. */
    private static List<Double> columns(List<Rulings.Segment> rulings, double y, List<TextPosition> line) {
        List<Double> xs = new ArrayList<>();
        rulings.stream().filter(Rulings.Segment::vertical).filter(s -> s.y1() - 1 <= y && y <= s.y2() + 1)
                .mapToDouble(Rulings.Segment::x1).sorted().forEach(x -> {
                    if (xs.isEmpty() || x - xs.get(xs.size() - 1) > DOUBLE_BORDER) {
                        xs.add(x);
                    }
                });
        if (xs.size() < 2 || line.get(0).getXDirAdj() < xs.get(0) - 2
                || right(line.get(line.size() - 1)) > xs.get(xs.size() - 1) + 2) {
            return List.of();
        }
        return xs;
    }

    /** The table row a line is in: the rules above and below it, and its columns. */
    private static String rowOf(List<Rulings.Segment> rulings, double y, List<Double> columns) {
        double left = columns.get(0);
        double right = columns.get(columns.size() - 1);
        double above = Double.NEGATIVE_INFINITY;
        double below = Double.POSITIVE_INFINITY;
        for (Rulings.Segment s : rulings) {
            if (s.horizontal() && s.x1() < right - 1 && s.x2() > left + 1) {
                if (s.y1() <= y) {
                    above = Math.max(above, s.y1());
                } else {
                    below = Math.min(below, s.y1());
                }
            }
        }
        return Math.round(above) + ":" + Math.round(below) + ":" + columns.stream().map(Math::round).toList();
    }

    /** One cell for each space between two borders, empty where the line has no text there. */
    private static List<Cell> ruledCells(List<TextPosition> line, List<Double> columns) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c + 1 < columns.size(); c++) {
            double from = columns.get(c);
            double to = columns.get(c + 1);
            StringBuilder text = new StringBuilder();
            for (TextPosition g : line) {
                double centre = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                if (centre >= from && centre < to) {
                    text.append(g.getUnicode());
                }
            }
            cells.add(new Cell(text.toString().strip(), 1, 1, false, (from + to) / 2));
        }
        return cells;
    }

    private static List<Cell> merge(List<Cell> above, List<Cell> below) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < above.size(); c++) {
            cells.add(new Cell(above.get(c).text() + below.get(c).text(), 1, 1, false, above.get(c).x()));
        }
        return cells;
    }

    /**
     * The width of a Chinese character, measured as the step from one to the next on a line: the
     * glyph widths some PDFs give are smaller than what the characters take.
     */
    private static double advance(List<List<TextPosition>> rows, double fallback) {
        List<Double> steps = new ArrayList<>();
        for (List<TextPosition> row : rows) {
            List<TextPosition> sorted = new ArrayList<>(row);
            sorted.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            for (int i = 1; i < sorted.size(); i++) {
                double step = sorted.get(i).getXDirAdj() - sorted.get(i - 1).getXDirAdj();
                if (sorted.get(i).getUnicode().charAt(0) >= 0x4E00 && sorted.get(i - 1).getUnicode().charAt(0) >= 0x4E00
                        && step > 0 && step < 40) {
                    steps.add(step);
                }
            }
        }
        return median(steps.stream().mapToDouble(Double::doubleValue).sorted().toArray(), fallback);
    }

    private static double right(TextPosition g) {
        return g.getXDirAdj() + g.getWidthDirAdj();
    }

    private static List<Cell> cells(List<TextPosition> line, double em) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double start = line.get(0).getXDirAdj();
        double end = start;
        for (TextPosition g : line) {
            double gap = g.getXDirAdj() - end;
            if (text.length() > 0 && gap > em * CELL_GAP) {
                cells.add(new Cell(text.toString(), 1, 1, false, (start + end) / 2));
                text.setLength(0);
                start = g.getXDirAdj();
            } else if (text.length() > 0 && gap > em * 0.2 && isLatin(text.charAt(text.length() - 1))
                    && isLatin(g.getUnicode().charAt(0))) {
                text.append(' '); // a word space the PDF draws as a gap
            }
            text.append(g.getUnicode());
            end = Math.max(end, right(g));
        }
        cells.add(new Cell(text.toString(), 1, 1, false, (start + end) / 2));
        return cells;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static double median(double[] sorted, double fallback) {
        return sorted.length == 0 ? fallback : sorted[sorted.length / 2];
    }

    /** Page numbers, and header or footer lines that come back on several pages. */
    private static List<Line> withoutFurniture(List<Line> lines) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (Line line : lines) {
            if (line.band()) {
                pagesWith.merge(line.text().replaceAll("\\d+", "#"), 1, Integer::sum);
            }
        }
        return lines.stream().filter(l -> !PageFurniture.isPageNumber(l.text()))
                .filter(l -> !(l.band() && (pagesWith.get(l.text().replaceAll("\\d+", "#")) > 1
                        || l.text().matches("[\\d\\s/-]+"))))
                .toList();
    }

    private static List<Block> blocks(List<Line> lines) {
        // The text block's margins and line pitch, from text lines only: a table may be wider than the text.
        List<Line> text = lines.stream().filter(l -> l.ruled() == null && l.cells().size() == 1).toList();
        double left = text.stream().mapToDouble(Line::left).min().orElse(0);
        double right = text.stream().mapToDouble(Line::right).max().orElse(0);
        List<Double> steps = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) {
            if (text.get(i).page() == text.get(i - 1).page()) {
                steps.add(text.get(i).y() - text.get(i - 1).y());
            }
        }
        // The line pitch inside a paragraph: the smaller steps (short paragraphs make the gap between two common).
        double[] sortedSteps = steps.stream().mapToDouble(Double::doubleValue).filter(d -> d > 0).sorted().toArray();
        double pitch = sortedSteps.length == 0 ? 0 : sortedSteps[sortedSteps.length / 4];
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        StringBuilder paragraph = null;
        Place paragraphAt = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Place at = Place.pageLine(line.page(), line.number());
            if (isRow(lines, i)) {
                if (paragraph != null) {
                    blocks.add(new Paragraph(paragraph.toString(), paragraphAt));
                    paragraph = null;
                }
                rows.add(new Row(line.cells(), at));
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(List.copyOf(rows), rows.get(0).at()));
                rows.clear();
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(line.text());
                paragraphAt = at;
            } else {
                paragraph.append(line.text());
            }
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            // Justified lines end within a character of the margin; the last line of a paragraph well before it.
            // A ragged-right line is as full when the next line's first word ("2023年") would not have fitted.
            int word = next == null ? 0 : leadingWord(next.text());
            boolean full = line.right() >= right - Math.max(Math.max(line.em() * 2, (right - left) * 0.04),
                    line.em() * (word * 0.65 + 1.5));
            // A sentence may end at the margin inside a paragraph: after a full stop the paragraph goes on
            // only if the next line is neither indented nor set apart by a wider gap.
            boolean close = next != null && (next.page() != line.page() || pitch == 0 || next.y() - line.y() <= pitch * 1.3);
            boolean goesOn = next != null && full && !isRow(lines, i + 1) && next.left() <= left + line.em() * 0.8
                    && !LineJoiner.startsItem(next.text()) && (!line.text().endsWith("。") || close);
            if (!goesOn) {
                blocks.add(new Paragraph(paragraph.toString(), paragraphAt));
                paragraph = null;
            }
        }
        if (paragraph != null) {
            blocks.add(new Paragraph(paragraph.toString(), paragraphAt));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows), rows.get(0).at()));
        }
        return blocks;
    }

    /** How many Latin letters or digits a line starts with (a word that wraps as a whole). */
    private static int leadingWord(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) < 0x2E80 && Character.isLetterOrDigit(text.charAt(n))) {
            n++;
        }
        return n;
    }

    /** A line of several cells, or a one-cell line between such lines (a wrapped label, a colspan header). */
    private static boolean isRow(List<Line> lines, int i) {
        if (lines.get(i).cells().size() > 1 || lines.get(i).ruled() != null) {
            return true;
        }
        boolean before = false;
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (lines.get(j).cells().size() > 1) {
                before = true;
                break;
            }
        }
        boolean after = false;
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            if (lines.get(j).cells().size() > 1) {
                after = true;
                break;
            }
        }
        // A section heading between two tables (三、收到和处理…) stays a heading.
        return before && after && !lines.get(i).text().endsWith("。") && !SECTION.matcher(lines.get(i).text()).find();
    }
}
