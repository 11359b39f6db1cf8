package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.DocumentReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's own lines (menus, breadcrumbs, bylines, share widgets, footers) stay out of the narrative when
 * nothing names them: the corpus's copies of real pages (import-corpus/SOURCES.md) and a page saved without
 * class or id names.
 */
class ImportChromeTest {

    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    private static ReportOutline outline(Path file, ReportFormat format) {
        ImportDocument document = DocumentReaders.read(file);
        return ReportOutline.read(document, OfficialTableRecogniser.read(document, format).used());
    }

    private static List<String> texts(ReportOutline outline) {
        return outline.blocks().stream().map(b -> b instanceof NarrativeBlock.Paragraph p ? p.text()
                : ((NarrativeBlock.Heading) b).text()).toList();
    }

    @Test
    void aBreadcrumbEndingIn报告IsNotTheTitle() {
        // 耒阳市马水镇 2019: "当前页面: 首页  > … > 信息公开年度报告" above the real title.
        ReportOutline outline = outline(CORPUS.resolve("leiyang-mashui-zhen-2019.txt"), ReportFormat.V2019);
        assertEquals("马水镇2019年政府信息公开年度报告", outline.title());
        assertTrue(texts(outline).stream().noneMatch(t -> t.contains("首页")), texts(outline).toString());
    }

    @Test
    void theTitleIsTheReportsNotTheBreadcrumbsNorTheMetadataBoxs() {
        // 于洪区迎宾路街道 2021: "首页 > … > 街道办事处政府信息公开工作年度报告", then the title, body, date, "[字体: ] 打印".
        ReportOutline yingbinlu = outline(CORPUS.resolve("yuhong-yingbinlu-jiedao-2021.txt"), ReportFormat.V2021);
        assertEquals("2021年迎宾路街道政府信息公开工作年度报告", yingbinlu.title());
        assertTrue(texts(yingbinlu).stream().noneMatch(t -> t.contains("字体") || t.contains("首页") || t.contains("来源")),
                texts(yingbinlu).toString());
        assertEquals("2022-01-18", yingbinlu.attributes().get("published"));
        // 平城区文瀛湖街道 2021: a metadata box ("索 引 号:", "标题: …", "发布日期: 2022-01-31 14:46") and "| | | |".
        ReportOutline wenyinghu = outline(CORPUS.resolve("pingcheng-wenyinghu-jiedao-2021.txt"), ReportFormat.V2021);
        assertEquals("平城区文瀛湖街道2021年政府信息公开工作年度报告", wenyinghu.title());
        assertEquals("2022-01-31", wenyinghu.attributes().get("published"));
        assertEquals("一、总体情况", texts(wenyinghu).get(0));
        // 张店区公园街道 2021: "• 字号:", "• |", "• 打印" between the metadata and the report.
        List<String> gongyuan = texts(outline(CORPUS.resolve("zhangdian-gongyuan-jiedao-2021.txt"), ReportFormat.V2021));
        assertTrue(gongyuan.stream().noneMatch(t -> t.contains("•") || t.contains("字号") || t.equals("打印")), gongyuan.toString());
    }

    @Test
    void aBylineAndShareWidgetsAreNotParagraphs() {
        // 遂溪县建新镇 2018: "作者:本站原创 | 来源:本站原创 | 时间:2019-01-18 点击数:- 分享到:".
        List<String> suixi = texts(outline(CORPUS.resolve("suixi-jianxin-zhen-2018.txt"), ReportFormat.V2019));
        assertTrue(suixi.stream().noneMatch(t -> t.contains("本站原创") || t.contains("|")), suixi.toString());
        assertTrue(suixi.contains("遂溪县建新镇人民政府"), "the signature stays: " + suixi);
        // 琼海市大路镇 2019: "分享到:" then "微信", "X", "【字体:".
        List<String> qionghai = texts(outline(CORPUS.resolve("qionghai-dalu-zhen-2019.txt"), ReportFormat.V2019));
        assertTrue(qionghai.stream().noneMatch(t -> t.equals("微信") || t.equals("X") || t.startsWith("【字体")),
                qionghai.toString());
        assertEquals("一、总体情况", qionghai.get(0));
    }

    @Test
    void aPageWithoutClassOrIdNamesLosesItsMenuBreadcrumbAndFooter(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("report.html");
        Files.writeString(page, """
                <html><body>
                <div>首页 | 政务公开 | 新闻中心 | 互动交流 | 办事服务</div>
                <div>当前位置：首页 &gt; 信息公开 &gt; 年度报告</div>
                <h1>某镇2023年政府信息公开工作年度报告</h1>
                <p>一、总体情况</p>
                <p>2023年，我镇认真贯彻落实《条例》。</p>
                <p>二、主动公开政府信息情况</p>
                <table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
                <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>
                <p>五、存在的主要问题及改进情况</p>
                <p>公开的及时性有待提高。</p>
                <div>【打印本页】 【关闭窗口】</div>
                <div>版权所有：某县人民政府 主办单位：某县人民政府办公室</div>
                <div>网站标识码：1234567890 某ICP备12345678号</div>
                </body></html>
                """, StandardCharsets.UTF_8);
        ReportOutline outline = outline(page, ReportFormat.V2021);
        assertEquals("某镇2023年政府信息公开工作年度报告", outline.title());
        assertEquals(List.of("一、总体情况", "2023年，我镇认真贯彻落实《条例》。", "二、主动公开政府信息情况",
                "五、存在的主要问题及改进情况", "公开的及时性有待提高。"), texts(outline));
    }
}
