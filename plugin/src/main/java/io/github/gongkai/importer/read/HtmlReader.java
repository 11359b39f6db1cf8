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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a report saved from a portal as a web page (.html, .htm), its charset found as a browser
 * finds it (byte-order mark, then {@code <meta charset>}: many county portals are GBK). The body is
 * read in order: h1–h6 are headings, p/div/li and br-separated lines paragraphs, a data table its
 * rows with merged cells as {@link DocxReader} has them; a table that holds another table or
 * paragraphs only lays the page out and is read into. Scripts, navigation, headers, footers and
 * forms are left out, and where the page has an article container (TRS and similar portals) only
 * it and the report title above it are read, so the portal's chrome stays out of the narrative.
 */
public final class HtmlReader {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "header", "footer", "form",
            "iframe", "select", "button", "input", "textarea", "head", "template", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "section", "article", "main", "aside",
            "blockquote", "center", "dl", "dt", "dd", "pre", "address", "figure", "figcaption", "caption", "body",
            "ucapcontent", "tr", "td", "th", "tbody", "thead", "tfoot", "hr");
    /** Class or id of the element a portal (TRS CMS and the like) puts the article body in. */
    private static final Pattern ARTICLE = Pattern.compile("(?i).*(content|article|zoom|trs_editor|custom_unionstyle).*");
    /** Class or id of the portal's own menus, breadcrumbs and footers ("当前位置：首页 > …", 版权所有). */
    private static final Pattern CHROME = Pattern.compile(
            "(?i).*\\b(\\w*nav\\w*|\\w*menu\\w*|\\w*crumbs?|footer\\w*|foot|copyright|dqwz|position|location|sidebar|bottom)\\b.*");
    /** Longer than the longest cell of the official tables (a row label with its note runs to about 40 characters). */
    private static final int LONGEST_LABEL = 100;
    private static final Pattern SECTION_ONE = Pattern.compile("一\\s*[、.．]");
    /** The portal's publication date in its info table or line, by preference: 公开日期 and 发布日期 before 成文日期. */
    private static final List<Pattern> PUBLISHED = List.of(
            Pattern.compile("(?:公开日期|发布日期|发布时间)[\\s:：]*(\\d{4}[-年./]\\d{1,2}[-月./]\\d{1,2})"),
            Pattern.compile("(?:成文日期|生成日期|发文日期)[\\s:：]*(\\d{4}[-年./]\\d{1,2}[-月./]\\d{1,2})"));

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Node textStart;
    private int ordinal;
    private int tables;

    private HtmlReader() {
    }

    /** Reads {@code file}; a file that cannot be read is an {@link InputError}. */
    public static ImportDocument read(Path file) {
        Document page;
        try {
            // A null charset makes jsoup detect it as browsers do: BOM, then <meta charset>, else UTF-8.
            page = Jsoup.parse(file.toFile(), null, "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException | RuntimeException e) {
            throw new InputError(SourceLocation.of(file), "无法读取网页文件（" + e.getMessage() + "） / cannot read the web page", e);
        }
        HtmlReader reader = new HtmlReader();
        Element article = article(page.body());
        if (article == null) {
            reader.walk(page.body());
            String date = pageDate(page.body(), null);
            if (date != null) {
                reader.blocks.add(0, new Paragraph("公开日期：" + date, new Place(0, "网页信息栏")));
            }
        } else {
            // The portal prints the date in its info table above the article: kept as a metadata line, which a
            // date line at the article's own head still overrides.
            String date = pageDate(page.body(), article);
            if (date != null) {
                reader.blocks.add(new Paragraph("公开日期：" + date, reader.place(article)));
            }
            Element title = title(page.body(), article);
            if (title != null) {
                reader.element(title);
            }
            reader.walk(article);
        }
        reader.flush();
        return new ImportDocument(file.getFileName().toString(), List.copyOf(reader.blocks), false);
    }

    /** The innermost element named like an article container that holds the report's 一、 section and a table. */
    private static Element article(Element body) {
        Element found = null;
        for (Element e : body.getAllElements()) {
            String name = e.className() + " " + e.id();
            if (e != body && ARTICLE.matcher(name).matches() && (found == null || e.parents().contains(found))
                    && SECTION_ONE.matcher(e.text()).find() && !e.getElementsByTag("table").isEmpty()) {
                found = e; // a match inside the one found is nearer the article; one beside it (a sidebar) is not
            }
        }
        return found;
    }

    /**
     * The publication date the page prints before the article (its info table, "发布时间：…"), or, on a page
     * without an article container ({@code article} null), before the report's 一、 section; null if none.
     */
    private static String pageDate(Element body, Element article) {
        StringBuilder before = new StringBuilder();
        textBefore(body, article, before);
        java.util.regex.Matcher one = SECTION_ONE.matcher(before);
        if (article == null && one.find()) {
            before.setLength(one.start());
        }
        for (Pattern published : PUBLISHED) {
            java.util.regex.Matcher date = published.matcher(before);
            if (date.find()) {
                return date.group(1);
            }
        }
        return null;
    }

    /** The text of {@code element} up to {@code article}, cells and blocks apart; false once the article is reached. */
    private static boolean textBefore(Element element, Element article, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child == article) {
                return false;
            }
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element e && !DROPPED.contains(e.normalName()) && !chrome(e)) {
                out.append(' ');
                if (!textBefore(e, article, out)) {
                    return false;
                }
                out.append(' ');
            }
        }
        return true;
    }

    /** The last h1–h3 before the article that names a report (portals put the title above the body). */
    private static Element title(Element body, Element article) {
        Element title = null;
        for (Element e : body.select("h1, h2, h3")) {
            if (e.sourceRange().startPos() >= article.sourceRange().startPos() && article.sourceRange().isTracked()) {
                break;
            }
            if (e.text().contains("报告") && !article.parents().contains(e)) {
                title = e;
            }
        }
        return title;
    }

    private void walk(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank() && textStart == null) {
                    textStart = t;
                }
                text.append(t.text());
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag) || chrome(e)) {
            return;
        }
        if (tag.matches("h[1-6]")) {
            flush();
            String heading = TextReader.strip(e.text());
            if (!heading.isEmpty()) {
                blocks.add(new Heading(tag.charAt(1) - '0', heading, place(e)));
            }
        } else if (tag.equals("table")) {
            flush();
            if (layout(e)) {
                walk(e);
            } else {
                table(e);
            }
        } else if (tag.equals("br")) {
            flush();
        } else if (BLOCKS.contains(tag)) {
            flush();
            walk(e);
            flush();
        } else {
            walk(e); // inline: its text belongs to the paragraph around it
        }
    }

    /** A menu, breadcrumb or footer of the portal: named so, and holding neither a table nor the report's 一、 section. */
    private static boolean chrome(Element e) {
        return CHROME.matcher(e.className().replace('-', ' ').replace('_', ' ') + " " + e.id().replace('-', ' ')
                .replace('_', ' ')).matches() && e.getElementsByTag("table").isEmpty() && !SECTION_ONE.matcher(e.text()).find();
    }

    private void flush() {
        String paragraph = TextReader.strip(text.toString().replaceAll("[\\s\\u00a0\\u3000]+", " "));
        if (!paragraph.isEmpty() && !PageFurniture.isPageNumber(paragraph)) {
            blocks.add(new Paragraph(paragraph, place(textStart)));
        }
        text.setLength(0);
        textStart = null;
    }

    /**
     * A table that holds another table, a heading or a cell of prose (longer than any label) lays the page out.
     * A data table's cells may hold {@code <p>}s (Word's "save as web page" puts one in every cell), so those alone
     * say nothing.
     */
    private static boolean layout(Element table) {
        return !table.select("table table, h1, h2, h3, h4, h5, h6").isEmpty()
                || table.select("td, th").stream().anyMatch(td -> td.text().length() > LONGEST_LABEL);
    }

    /** The table's rows, a cell spanning rows continued below it by cells marked merged (as Word has them). */
    private void table(Element table) {
        tables++;
        ordinal++;
        List<Row> rows = new ArrayList<>();
        Map<Integer, int[]> below = new TreeMap<>(); // grid column → {rows still covered, its colspan}
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                column = continuations(below, column, cells);
                int colSpan = span(td, "colspan");
                int rowSpan = span(td, "rowspan");
                cells.add(new Cell(cellText(td), colSpan, 1, false, Double.NaN));
                if (rowSpan > 1) {
                    below.put(column, new int[] {rowSpan - 1, colSpan});
                }
                column += colSpan;
            }
            rowEnd(below, column, cells);
            if (cells.stream().anyMatch(c -> !c.merged())) {
                int r = rows.size() + 1;
                int line = tr.sourceRange().isTracked() ? tr.sourceRange().start().lineNumber() : ordinal * 1000 + r;
                rows.add(new Row(List.copyOf(cells), new Place(line, "第 " + tables + " 个表格第 " + r + " 行")));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows), rows.get(0).at()));
        }
    }

    /** Adds the merged continuations that fall at {@code column}; the next column free for a cell of this row. */
    private static int continuations(Map<Integer, int[]> below, int column, List<Cell> cells) {
        int[] covered;
        while ((covered = below.get(column)) != null) {
            cells.add(new Cell("", covered[1], 1, true, Double.NaN));
            if (--covered[0] == 0) {
                below.remove(column);
            }
            column += covered[1];
        }
        return column;
    }

    /** The continuations right of a row's last cell, left to right. */
    private static void rowEnd(Map<Integer, int[]> below, int column, List<Cell> cells) {
        for (int at : below.keySet().stream().filter(c -> c >= column).sorted().toList()) {
            continuations(below, at, cells);
        }
    }

    private static int span(Element td, String attribute) {
        try {
            return Math.max(1, Integer.parseInt(td.attr(attribute).trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text, its lines (br, p) joined without a blank as Word's are: 本年新 / 制作数量. */
    private static String cellText(Element td) {
        StringBuilder out = new StringBuilder();
        cellText(td, out);
        StringBuilder joined = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            joined.append(TextReader.strip(line.replaceAll("[\\s\\u00a0\\u3000]+", " ")));
        }
        return joined.toString();
    }

    private static void cellText(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element e && !DROPPED.contains(e.normalName())) {
                boolean block = e.normalName().equals("br") || BLOCKS.contains(e.normalName());
                if (block) {
                    out.append('\n');
                }
                cellText(e, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }

    private Place place(Node node) {
        ordinal++;
        if (node != null && node.sourceRange().isTracked()) {
            int line = node.sourceRange().start().lineNumber();
            return new Place(line, "第 " + line + " 行");
        }
        return new Place(ordinal, "第 " + ordinal + " 段");
    }
}
