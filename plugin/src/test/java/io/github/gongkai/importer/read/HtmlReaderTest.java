package io.github.gongkai.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.Cell;
import io.github.gongkai.importer.document.ImportDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A county portal's page saved as GBK, its report in a layout table, read as Word's would be. */
class HtmlReaderTest {

    /**
     * Rows of 沭阳县发改局 2023 (import-corpus/shuyang-fgj-2023.html; one cell as the portal's page has it, a Word
     * paragraph in it) inside an old portal's layout table.
     */
    private static final String PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>年报</title>
            <script>var nav = "首页";</script></head><body>
            <table width="100%"><tr><td><div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div></td></tr>
            <tr><td>
            <h1>沭阳县发展和改革局2023年政府信息公开年度报告</h1>
            <p>一、总体情况</p>
            <div>2023年，县发展和改革局认真贯彻执行省、市、县有关文件精神。<br>（一）主动公开政府信息情况</div>
            <table border="1">
            <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>26</td><td>26</td></tr>
            <tr><td rowspan="2">（三）不予<br>公开</td>
              <td style="font-family: 微软雅黑;" width="183" valign="center">
              <p style="text-align: justify; line-height: 2; font-family: 微软雅黑;" align=""><span style="font-family: 微软雅黑;">1.<font style="font-family: 微软雅黑;" face="方正仿宋_GBK">属于国家秘密</font></span><span style="font-family: 微软雅黑;"><o:p></o:p></span></p>
              </td><td>0</td><td>0</td></tr>
            <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td></tr>
            </table>
            </td></tr></table>
            <footer>版权所有：沭阳县人民政府</footer></body></html>
            """;

    @Test
    void aGbkPageIsReadInOrderItsMergedCellsAsWordHasThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.htm");
        Files.write(file, PAGE.getBytes(Charset.forName("GBK")));
        ImportDocument document = DocumentReaders.read(file);
        List<Block> blocks = document.blocks();
        // The breadcrumb (div.nav) is the portal's, not the report's.
        assertEquals(new Block.Heading(1, "沭阳县发展和改革局2023年政府信息公开年度报告", blocks.get(0).at()), blocks.get(0));
        assertEquals(List.of("一、总体情况", "2023年，县发展和改革局认真贯彻执行省、市、县有关文件精神。",
                "（一）主动公开政府信息情况"), blocks.stream().filter(b -> b instanceof Block.Paragraph)
                        .map(b -> ((Block.Paragraph) b).text()).toList());
        assertTrue(blocks.get(blocks.size() - 1) instanceof Block.Table, "the data table is the last block: " + blocks);
        List<Block.Row> rows = ((Block.Table) blocks.get(blocks.size() - 1)).rows();
        double nan = Double.NaN;
        assertEquals(List.of(new Cell("三、本年度办理结果", 1, 1, false, nan), new Cell("（一）予以公开", 2, 1, false, nan),
                Cell.of("26"), Cell.of("26")), rows.get(0).cells());
        assertEquals(List.of(new Cell("", 1, 1, true, nan), Cell.of("（三）不予公开"), Cell.of("1.属于国家秘密"), Cell.of("0"),
                Cell.of("0")), rows.get(1).cells());
        assertEquals(List.of(new Cell("", 1, 1, true, nan), new Cell("", 1, 1, true, nan), Cell.of("2.其他法律行政法规禁止公开"),
                Cell.of("0"), Cell.of("0")), rows.get(2).cells());
        assertEquals(14, rows.get(2).at().line(), "a row's place is its line in the page");
    }

    /**
     * The shape of 沭阳县发改局's page as captured (GitHub zxj6827111-blip/KIROGOVCOMPARE, tests/沭阳县发展和改革局…html,
     * its lines abridged): the portal's header, menu, search form, the column's name, the 名称/索引号 table, then the
     * title and the article in {@code div#zoomcon.article-content}, the footer in an iframe.
     */
    private static final String PORTAL = """
            <!doctype html><html><head><meta charset="utf-8" /><title>沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局</title></head>
            <body><div class="meta"><div><strong>单位：</strong>沭阳县发改局</div><div><strong>采集时间：</strong>2025-12-30T21:37:37+08:00</div></div>
            <article><div class="head"><div class="header-t"><div class="fl"><span id="utime">2025年12月30日	星期二</span></div>
            <ul class="fl"><li><h4><a class="jft" href="javascript:void(0);" onclick="jft()">繁體版</a></h4></li></ul></div>
            <form action="/search4/s" method="post" name="form1"><input name="searchWord" type="text" placeholder="请输入关键词"></form>
            <div class="mainNav"><ul class="clearfix"><li class="nav0"><a href="/shuyang/index.shtml">首页</a></li></ul></div></div>
            <div class="xxgkMain"><div class="container"><h2 class="siteTit">沭阳县发改局</h2>
            <div class="xxgkHead"><h3 class="pageTit">政府信息公开</h3></div>
            <div class="xxgkArticle"><div class="article-tb"><table class="table_content"><tbody>
            <tr><td class="c1" align="center">名称</td><td class="c4" colspan="3" align="left">沭阳县发展和改革局2023年政府信息公开年度报告</td></tr>
            <tr><td class="c1" align="center">发布机构</td><td class="c2" align="left">沭阳县发展和改革局</td><td class="c1" align="center">公开日期</td><td class="c3" align="left"><publishtime>2024-01-17</publishtime></td></tr>
            </tbody></table></div>
            <h1 class="article-title"><ucaptitle>沭阳县发展和改革局2023年政府信息公开年度报告</ucaptitle></h1>
            <div class="article-content " id="zoomcon"><ucapcontent>
            <p><span><font face="方正黑体_GBK">一、总体情况</font></span><span><o:p></o:p></span></p>
            <p><span> </span><span>2023<font face="方正仿宋_GBK">年，县发展和改革局认真贯彻执行省、市、县有关文件精神。</font></span></p>
            <div><table border="1"><tbody><tr><td colspan="4"><p><span>第二十条第（一）项</span></p></td></tr></tbody></table></div>
            <p><span><o:p>                  2024年1月17日<br>
            </o:p></span></p></ucapcontent></div></div></div></div>
            <script>var xggj = 0;</script><iframe src="/shuyang/footer/footer.shtml" id="adbottom" class="adbottom"></iframe>
            </article></body></html>
            """;

    @Test
    void aPortalPageIsReadFromItsTitleAndArticleLeavingTheChromeOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, PORTAL);
        List<Block> blocks = DocumentReaders.read(file).blocks();
        assertEquals(List.of("公开日期：2024-01-17", "沭阳县发展和改革局2023年政府信息公开年度报告", "一、总体情况", "2023年，县发展和改革局认真贯彻执行省、市、县有关文件精神。",
                "第二十条第（一）项", "2024年1月17日"), blocks.stream().map(b -> b instanceof Block.Heading h ? h.text()
                        : b instanceof Block.Paragraph p ? p.text() : ((Block.Table) b).rows().get(0).cells().get(0).text())
                        .toList());
        assertTrue(blocks.get(1) instanceof Block.Heading h && h.level() == 1, blocks.toString());
    }
}
