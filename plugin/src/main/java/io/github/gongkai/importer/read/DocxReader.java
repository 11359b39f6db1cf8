package io.github.gongkai.importer.read;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.Block.Heading;
import io.github.gongkai.importer.document.Block.Paragraph;
import io.github.gongkai.importer.document.Block.Row;
import io.github.gongkai.importer.document.Block.Table;
import io.github.gongkai.importer.document.Cell;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.document.Place;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (.docx, as Word or WPS saves it) with Apache POI: body paragraphs in
 * order, a heading known by its style (标题/Heading n, Title) or outline level, the number Word
 * draws in front of a numbered paragraph put back into its text ("一、", "（一）"), and tables
 * from their real cells, a merged cell's continuation marked as such. Headers and footers (page
 * numbers, running titles) are not in the body and so never read.
 */
public final class DocxReader {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private int ordinal;
    private int tables;

    private DocxReader(XWPFDocument document) {
        this.document = document;
    }

    /** Reads {@code file}; a file that is not a readable .docx is an {@link InputError}. */
    public static ImportDocument read(Path file) {
        ZipLimits.check(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            DocxReader reader = new DocxReader(document);
            for (IBodyElement element : document.getBodyElements()) {
                reader.element(element);
            }
            return new ImportDocument(file.getFileName().toString(), List.copyOf(reader.blocks), false);
        } catch (IOException | RuntimeException e) {
            if (ZipLimits.isPoiLimit(e)) {
                throw new InputError(SourceLocation.of(file), "Word 文件中有部件解压后过大，远超任何年报，可能是恶意构造的"
                        + "压缩文件（\"zip bomb\"），不予读取 / a part of the .docx is too large (zip bomb)", e);
            }
            if (ZipLimits.isDoctype(e)) {
                throw new InputError(SourceLocation.of(file), "Word 文件的 XML 中含有 DOCTYPE 声明，Word 和 WPS 从不写它，"
                        + "它可用来读取本机文件（XXE），出于安全不予读取；请用 Word 或 WPS 打开后另存为 .docx 再导入"
                        + " / the .docx holds a DOCTYPE (XXE), refused", e);
            }
            // POI reports a broken or non-OOXML file with several unchecked exceptions.
            throw new InputError(SourceLocation.of(file), "无法读取 Word 文件（" + e.getMessage() + "）。文件可能已损坏或并非 .docx："
                    + "请用 Word 或 WPS 打开后“另存为”Word 文档（*.docx）再导入 / cannot read the .docx file", e);
        }
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
            table(table);
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        ordinal++;
        String text = TextReader.strip(paragraph.getText());
        String number = number(paragraph);
        if (text.isEmpty() || PageFurniture.isPageNumber(text)) {
            return;
        }
        text = number + text;
        Place at = new Place(ordinal, "第 " + ordinal + " 段");
        int level = headingLevel(paragraph);
        blocks.add(level >= 0 ? new Heading(level, text, at) : new Paragraph(text, at));
    }

    /** 0 for a title style, n for 标题 n / Heading n or outline level n-1, -1 for body text. */
    private int headingLevel(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id != null && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(id);
            String name = (style != null && style.getName() != null ? style.getName() : id).toLowerCase(Locale.ROOT)
                    .replace(" ", "");
            if (name.equals("title") || name.equals("标题")) {
                return 0;
            }
            for (String prefix : List.of("heading", "标题")) {
                if (name.startsWith(prefix) && name.length() > prefix.length()
                        && Character.isDigit(name.charAt(prefix.length()))) {
                    return name.charAt(prefix.length()) - '0';
                }
            }
            if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null) {
                return outline(style.getCTStyle().getPPr().getOutlineLvl());
            }
        }
        CTPPr ppr = paragraph.getCTP().getPPr();
        return ppr != null && ppr.getOutlineLvl() != null ? outline(ppr.getOutlineLvl()) : -1;
    }

    private static int outline(CTDecimalNumber level) {
        int n = level.getVal().intValue();
        return n >= 9 ? -1 : n + 1; // 9 is "body text"
    }

    /** The number Word draws before a numbered paragraph ("一、", "（二）", "3."), kept in the text. */
    private String number(XWPFParagraph paragraph) {
        BigInteger id = paragraph.getNumID();
        if (id == null || paragraph.getNumLevelText() == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        int[] count = counters.computeIfAbsent(id, k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String text = paragraph.getNumLevelText();
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        for (int k = 0; k <= level; k++) {
            String value = k == level ? format(Math.max(1, count[k]), format) : Integer.toString(Math.max(1, count[k]));
            text = text.replace("%" + (k + 1), value);
        }
        return text.replace('(', '（').replace(')', '）');
    }

    private static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                    "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
            case "ideographTraditional" -> n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> "（" + n + "）";
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (headings and items never reach a hundred). */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        return Integer.toString(n);
    }

    private void table(XWPFTable table) {
        tables++;
        ordinal++;
        List<Row> rows = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            List<Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell(cell));
            }
            rows.add(new Row(List.copyOf(cells), new Place(ordinal * 1000 + r, "第 " + tables + " 个表格第 " + r + " 行")));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows), rows.get(0).at()));
        }
    }

    private static Cell cell(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            text.append(TextReader.strip(p.getText())); // a header split over lines: 本年新 / 制作数量
        }
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
        boolean merged = pr != null && pr.getVMerge() != null
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        return new Cell(merged ? "" : text.toString(), span, 1, merged, Double.NaN);
    }
}
