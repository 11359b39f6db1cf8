package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.DocumentReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report saved from its portal page: the page's 公开日期 outside the article, none of the portal's menu. */
class ImportPortalPageTest {

    /** The shape of 利辛县望疃镇 2023's page (lixin.gov.cn, SOURCES.md): the date in the info line above the article. */
    private static String page(String articleHead) {
        return """
                <html><body><div class="menu"><a>网站首页</a> &gt; <a>政府信息公开</a> &gt; <a>政府信息公开年报</a></div>
                <table class="xxgk-info"><tr><td>发布机构</td><td>利辛县望疃镇人民政府</td><td>成文日期</td><td>2024-01-10</td></tr>
                <tr><td>公开日期</td><td>2024-01-19</td><td>来源</td><td>利辛县望疃镇人民政府</td></tr></table>
                <h2>利辛县望疃镇2023年政府信息公开工作年度报告</h2>
                <div class="article-content">%s<p>一、总体情况</p><p>2023年我镇政府信息公开平台累计发布各类信息716条。</p>
                <table border="1"><tr><td>行政许可</td><td>0</td></tr></table></div>
                <div class="footer">主办单位：利辛县人民政府办公室 发布时间：2025-06-01</div></body></html>
                """.formatted(articleHead);
    }

    private static ReportOutline outline(Path dir, String html) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, html);
        ImportDocument document = DocumentReaders.read(file);
        return ReportOutline.read(document, OfficialTableRecogniser.read(document, ReportFormat.V2021).used());
    }

    @Test
    void thePagesDateOutsideTheArticleIsTheReportsDate(@TempDir Path dir) throws IOException {
        ReportOutline outline = outline(dir, page(""));
        assertEquals("2024-01-19", outline.attributes().get("published"), "公开日期, not 成文日期 nor the footer's");
        assertEquals("利辛县望疃镇2023年政府信息公开工作年度报告", outline.title());
        assertFalse(outline.blocks().toString().contains("网站首页") || outline.blocks().toString().contains("主办单位"),
                outline.blocks().toString());
    }

    @Test
    void aDateAtTheArticlesHeadIsTheReportsOwn(@TempDir Path dir) throws IOException {
        assertEquals("2024-01-20", outline(dir, page("<p>发布日期：2024年1月20日</p>")).attributes().get("published"));
    }

    @Test
    void aPageWithoutAnArticleContainerLeavesThePortalsMenuAndFooterOut(@TempDir Path dir) throws IOException {
        ReportOutline outline = outline(dir, page("").replace("article-content", "wz"));
        String text = outline.blocks().toString();
        assertFalse(text.contains("网站首页") || text.contains("主办单位"), text);
        assertEquals("一、总体情况", ((NarrativeBlock.Heading) outline.blocks().get(0)).text(), text);
        assertEquals("2024-01-19", outline.attributes().get("published"), "the info table's 公开日期, not the footer's");
    }
}
