package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.render.NarrativeConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported narrative shows on the page exactly as the original printed it, whatever markup
 * characters its text holds: converted by the real AsciiDoc and Markdown engines.
 */
@Tag("pipeline")
class NarrativeTextTest {

    /** Text as real reports print it (and as PDFs and portals give it), each a trap for one kind of markup. */
    private static final List<String> PRINTED = List.of(
            "1~3月、7~9月共受理政府信息公开申请10件，4~6月无。",
            "公开率达到10^3^，C++ 与 a--b 以及 2023年--2024年，(C) (R) (TM) ... 和 ->、=>、<-。",
            "*注：本表数据截至2023年12月31日* 另有 __年__ 与 ____年____月。",
            "详见 <<附件一>> 与 {sitename}、{empty}、[1]、`代码`、#标记#、+加号+、a_b_c、&copy; &amp; &#126;、\\d、C:\\temp。",
            "- 以短横开头的一段，像列表项。",
            "* 以星号开头的一段。",
            "1. 以数字和点开头的一段。",
            "依据《条例》第二十条第（一）项，不属于 '政府信息' 的，告知申请人。",
            "| 竖线 | 开头 | 的一段 |",
            "![图片](javascript:alert(1)) 与 [链接](http://example.org) 与 <b>粗体</b>。");

    @TempDir
    Path project;

    @Test
    void asciidocShowsTheTextAsPrinted() {
        String adoc = NarrativeText.asciidoc("2023年度报告", Map.of(), "测试", outline());
        assertEquals(expected(), shown(MarkupLanguage.ASCIIDOC, adoc));
    }

    @Test
    void markdownShowsTheTextAsPrinted() {
        String md = NarrativeText.markdown("2023年度报告", Map.of(), outline());
        String body = md.substring(md.indexOf("---\n", 4) + 4); // the front matter is read by the loader, not converted
        assertEquals(expected(), shown(MarkupLanguage.MARKDOWN, body));
    }

    private static ReportOutline outline() {
        List<NarrativeBlock> blocks = new ArrayList<>();
        blocks.add(new NarrativeBlock.Heading(1, "一、总体情况（1~3月）", 1));
        for (int i = 0; i < PRINTED.size(); i++) {
            blocks.add(new NarrativeBlock.Paragraph(PRINTED.get(i), i + 2));
        }
        blocks.add(new NarrativeBlock.Heading(2, "（一）*主动*公开 a--b", 99));
        return new ReportOutline("2023年度报告", Map.of(), blocks);
    }

    private static List<String> expected() {
        List<String> all = new ArrayList<>();
        all.add("一、总体情况（1~3月）");
        all.addAll(PRINTED);
        all.add("（一）*主动*公开 a--b");
        return all;
    }

    /** The headings and paragraphs as a reader sees them on the page. */
    private List<String> shown(MarkupLanguage language, String text) {
        String html;
        try (NarrativeConverter converter = new NarrativeConverter(project.toFile(), BuildLog.silent())) {
            html = converter.toHtml(new Narrative(SourceLocation.of(Path.of("reports/2023/fgj")), language, text, 1));
        }
        return Jsoup.parseBodyFragment(html).select("h2, h3, p").stream().map(Element::text).toList();
    }
}
