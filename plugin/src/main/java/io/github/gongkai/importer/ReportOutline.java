package io.github.gongkai.importer;

import io.github.gongkai.importer.NarrativeBlock.Heading;
import io.github.gongkai.importer.NarrativeBlock.Paragraph;
import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.ImportDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative of a legacy report: its title, the portal's metadata lines (名称, 索引号, 公开日期
 * …) and its headings and paragraphs. A heading is a short line numbered 一、 (level 1) or
 * （一） (level 2) without a full stop; a numbered line that goes on into sentences
 * ("（一）规范提升主动公开工作。严格执行…") is a paragraph.
 *
 * @param title      the report's title, if the text has one
 * @param attributes metadata found: published, source, index-no, doc-no
 * @param blocks     headings and paragraphs in order
 */
record ReportOutline(String title, Map<String, String> attributes, List<NarrativeBlock> blocks) {

    private static final int HEADING_MAX = 40;
    /** 一、 as the format prints it, and the other numberings reports use: 一. 一． 第一部分. */
    private static final Pattern LEVEL_ONE = Pattern.compile("^([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分).+");
    private static final Pattern LEVEL_TWO = Pattern.compile("^[（(][一二三四五六七八九十]+[）)].+");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[。；;！？]");
    private static final Pattern META = Pattern.compile(
            "(名称|标题|索引号|分类|信息分类|主题分类|发布机构|公开日期|发布日期|发布时间|发文日期|生成日期|成文日期|文号|发文字号"
            + "|关键词|文件下载|时效|有效性|来源|浏览次数)\\s*[:：]");
    private static final Pattern SPACED_KEY = Pattern.compile("^(\\p{IsHan})[ \\u3000]+(\\p{IsHan})[ \\u3000]+(\\p{IsHan})(?=\\s*[:：])");
    /** A date before the metadata on the same line ("2022年01月18日来源:1", 于洪区 2021). */
    private static final Pattern DATED = Pattern.compile("^(\\d{4}[-年./]\\d{1,2}[-月./]\\d{1,2}日?)\\s*(\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*(?=来源|发布机构|作者)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})");

    /**
     * Reads the outline of {@code document}, skipping the blocks at {@code used} (the tables).
     * A heading the source marks (Word style, Markdown "#") keeps its level unless its number says
     * otherwise; level 0 ("# ", 标题) is the title when nothing came before it.
     */
    static ReportOutline read(ImportDocument document, Set<Integer> used) {
        String title = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<NarrativeBlock> blocks = new ArrayList<>();
        List<Block> source = document.blocks();
        for (int b = 0; b < source.size(); b++) {
            Block block = source.get(b);
            if (used.contains(b) || block instanceof Block.Table) {
                continue;
            }
            int line = block.at().line();
            if (block instanceof Block.Heading heading) {
                String text = unbold(heading.text());
                int level = level(text);
                if (blocks.isEmpty() && title == null && (heading.level() == 0 || isTitle(text)) && level == 0) {
                    title = text;
                    continue;
                }
                if (level == 0) {
                    level = Math.max(1, Math.min(2, heading.level()));
                }
                blocks.add(new Heading(level, text, line));
                continue;
            }
            String text = unbold(((Block.Paragraph) block).text());
            if (text.isEmpty()) {
                continue;
            }
            int level = level(text);
            // Metadata lines come before the report's first section, a byline maybe after a line of the page's.
            boolean beforeSections = blocks.stream().noneMatch(NarrativeBlock.Heading.class::isInstance);
            if (beforeSections && level == 0 && front(text, attributes) || PortalChrome.isChrome(text)) {
                continue; // the page's metadata is kept as attributes, its other chrome (PortalChrome) left out
            }
            if (beforeSections && title == null && level == 0) {
                if (isTitle(text)) {
                    title = text;
                    continue;
                }
                // A title printed on two lines ("…2023年度政府" / "信息公开工作年度报告").
                String next = b + 1 < source.size() && !used.contains(b + 1)
                        && source.get(b + 1) instanceof Block.Paragraph p ? unbold(p.text()) : null;
                if (next != null && text.length() < HEADING_MAX && !META.matcher(next).lookingAt() && isTitle(text + next)) {
                    title = text + next;
                    b++;
                    continue;
                }
            }
            blocks.add(level > 0 ? new Heading(level, text, line) : new Paragraph(text, line));
        }
        if (title != null && title.equals(attributes.get("title"))) {
            attributes.remove("title");
        }
        return new ReportOutline(title != null ? title : attributes.remove("title"), attributes, List.copyOf(blocks));
    }

    /** 1 or 2 for a heading line, 0 for a paragraph. */
    static int level(String text) {
        if (text.length() > HEADING_MAX || SENTENCE_STOP.matcher(text).find()) {
            return 0;
        }
        if (LEVEL_ONE.matcher(text).matches()) {
            return 1;
        }
        return LEVEL_TWO.matcher(text).matches() ? 2 : 0;
    }

    private static boolean isTitle(String text) {
        return text.length() <= 80 && !SENTENCE_STOP.matcher(text).find() && text.endsWith("报告");
    }

    /** A metadata line of the portal page ("发布机构：… | 公开日期：…"); true when the line is one. */
    private static boolean front(String line, Map<String, String> attributes) {
        Matcher dated = DATED.matcher(line);
        // A key printed with blanks between its characters to line up with the others ("索 引 号:", 平城区 2021).
        String text = SPACED_KEY.matcher(line).replaceFirst("$1$2$3");
        if (dated.lookingAt()) {
            date(dated.group(1)).ifPresent(d -> attributes.putIfAbsent("published", d));
            text = text.substring(dated.end());
        }
        Matcher key = META.matcher(text);
        if (!key.lookingAt()) {
            return false;
        }
        key.reset();
        List<int[]> starts = new ArrayList<>();
        while (key.find()) {
            starts.add(new int[] {key.start(), key.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            String name = text.substring(starts.get(i)[0], starts.get(i)[1] - 1).strip();
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String value = LabelText.strip(text.substring(starts.get(i)[1], end).replaceAll("[|｜]\\s*$", ""));
            if (TableCells.isEmpty(value)) {
                continue;
            }
            switch (name) {
                case "名称", "标题" -> attributes.put("title", value);
                case "索引号" -> attributes.put("index-no", value);
                case "发布机构", "来源" -> attributes.put("source", value);
                case "文号", "发文字号" -> attributes.put("doc-no", value);
                case "公开日期", "发布日期", "发布时间" -> date(value).ifPresent(d -> attributes.put("published", d));
                default -> { }
            }
        }
        return true;
    }

    private static java.util.Optional<String> date(String value) {
        Matcher date = DATE.matcher(value);
        if (!date.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)),
                Integer.parseInt(date.group(3))));
    }

    private static String unbold(String text) {
        String t = text;
        if (t.startsWith("**") && t.endsWith("**") && t.length() > 4) {
            t = t.substring(2, t.length() - 2);
        }
        return LabelText.strip(t);
    }
}
