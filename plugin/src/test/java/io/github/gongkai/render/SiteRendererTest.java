package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.testing.SiteProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page assembly: the default theme rendering a small site with a Markdown report. */
class SiteRendererTest {

    @TempDir
    static Path dir;

    private static final Map<String, String> PAGES = new ConcurrentSkipListMap<>();

    @BeforeAll
    static void render() {
        SiteProject project = SiteProject.standard(dir)
                .file("site.yaml", SiteProject.SITE_YAML + """
                        siteIdCode: "2312240001"
                        icp: 黑ICP备12345678号
                        psb: 黑公网安备23122402000001号
                        contact: {phone: "0455-1234567"}
                        """)
                .file("reports/2018/pingshun.md", """
                        ---
                        title: 平顺街道办事处2018年政府信息公开工作年度报告
                        published: 2019-01-25
                        source: 平顺街道办事处
                        ---
                        本报告由平顺街道办事处编制。<script>alert(1)</script>

                        ## 一、概述
                        """)
                .file("reports/2018/pingshun.yaml", """
                        statistics:
                          - label: 主动公开政府信息
                            value: 11
                            unit: 条
                            parts:
                              - {label: 规范性文件, value: 3}
                              - {label: 公开指南, value: 1}
                        """)
                .file("reports/2017/fgj.md", "正文\n");
        SiteContent content = new SiteLoader(project.root(), BuildLog.silent()).load();
        try (NarrativeConverter narratives = new NarrativeConverter(dir.toFile(), BuildLog.silent())) {
            new SiteRenderer(Theme.load("default", SiteRendererTest.class.getClassLoader()), narratives)
                    .render(content, page -> PAGES.put(page.path(),
                            new String(((RenderedPage) page).content(), StandardCharsets.UTF_8)));
        }
    }

    private static Document page(String path) {
        String html = PAGES.get(path);
        assertNotNull(html, path + " was not rendered; rendered: " + PAGES.keySet());
        return Jsoup.parse(html);
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void rendersEveryPageOfTheColumnAndTheThemeAssets() {
        // No sitemap.xml or atom.xml: the test site has no baseUrl. No 全县汇总: no national tables.
        assertEquals(List.of("404.html", "index.html", "ndbg/2017/fgj.html", "ndbg/2017/index.html",
                "ndbg/2018/index.html", "ndbg/2018/pingshun.csv", "ndbg/2018/pingshun.html", "ndbg/2018/pingshun.json",
                "ndbg/index.html", "ndbg/jg/fgj.html", "ndbg/jg/index.html", "ndbg/jg/pingshun.html", "robots.txt",
                "search-index.js", "search.html", "theme/css/gongkai.css", "theme/css/print.css", "theme/img/favicon.svg", "theme/js/gongkai.js",
                "theme/js/search.js"),
                List.copyOf(PAGES.keySet()));
    }

    @Test
    void aBodyPageListsItsYearsUnderTheNameOfEachYear() {
        // fgj was 庆安县发展计划局 until 2018 (bodies.yaml names), 庆安县发展和改革局 now.
        Document body = page("ndbg/jg/fgj.html");
        assertEquals("庆安县发展和改革局", body.selectFirst("h1").text());
        assertEquals("机构类别：县直部门　曾用名：庆安县发展计划局（至2018年）", body.selectFirst(".body-info").text());
        assertEquals(List.of("庆安县发展计划局2017年政府信息公开工作年度报告2017年度（庆安县发展计划局）"),
                body.select(".report-list li").stream().map(Element::text).toList());
        assertEquals(List.of("../../ndbg/2017/fgj.html"), body.select(".report-list a").eachAttr("href"));
    }

    @Test
    void reportPagesLinkToTheNeighboursInTheColumnsOrder() {
        // Column order: 2018 pingshun, then 2017 fgj.
        Document newer = page("ndbg/2018/pingshun.html");
        assertEquals("上一篇：没有了", newer.select(".prev-next p").get(0).text());
        assertEquals("../../ndbg/2017/fgj.html", newer.selectFirst(".prev-next a[rel=next]").attr("href"));
        Document older = page("ndbg/2017/fgj.html");
        assertEquals("../../ndbg/2018/pingshun.html", older.selectFirst(".prev-next a[rel=prev]").attr("href"));
        assertEquals("下一篇：没有了", older.select(".prev-next p").get(1).text());
        assertEquals("../../ndbg/jg/fgj.html", older.select(".prev-next a").last().attr("href"));
    }

    @Test
    void reportPageCarriesTheGovernmentConventions() {
        Document page = page("ndbg/2018/pingshun.html");
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("测试站", meta(page, "SiteName"));
        assertEquals("2312240001", meta(page, "SiteIDCode"));
        assertEquals("政府信息公开年报", meta(page, "ColumnName"));
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", meta(page, "ArticleTitle"));
        assertEquals("2019-01-25", meta(page, "PubDate"));
        assertEquals("平顺街道办事处", meta(page, "ContentSource"));

        assertEquals("当前位置：首页 > 政府信息公开年报 > 2018年 > 平顺街道办事处2018年政府信息公开工作年度报告",
                page.selectFirst("nav.breadcrumb").text());
        assertEquals(List.of("../../index.html", "../../ndbg/index.html", "../../ndbg/2018/index.html"),
                page.select("nav.breadcrumb a").eachAttr("href"));

        Element info = page.selectFirst("table.info-meta");
        assertEquals("庆安县平顺街道办事处", cellAfter(info, "发布机构"));
        assertEquals("2019-01-25", cellAfter(info, "公开日期"));
        assertEquals("—", cellAfter(info, "索引号"));

        assertEquals(List.of("大", "中", "小"), page.select(".article-info .font-size a").eachText());
        assertNotNull(page.selectFirst("button.print-button"));
    }

    @Test
    void footerShowsTheIdentityBlock() {
        Element footer = page("index.html").selectFirst("footer");
        String text = footer.text();
        assertTrue(text.contains("主办单位：测试县人民政府办公室"), text);
        assertTrue(text.contains("网站标识码：2312240001"), text);
        assertTrue(text.contains("联系电话：0455-1234567"), text);
        assertEquals("https://beian.miit.gov.cn/", footer.selectFirst("a:contains(黑ICP备12345678号)").attr("href"));
        assertEquals("https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=23122402000001",
                footer.selectFirst("a:contains(黑公网安备)").attr("href"));
    }

    @Test
    void pre2019StatisticsAreATableUnderTheNarrative() {
        Element table = page("ndbg/2018/pingshun.html").selectFirst(".article-content table.data-table");
        assertNotNull(table);
        List<String> rows = table.select("tbody tr").eachText();
        assertEquals(List.of("主动公开政府信息 11 条", "规范性文件 3", "公开指南 1"), rows);
        assertEquals("level-1", table.select("tbody tr").get(1).className());
    }

    @Test
    void rawHtmlInANarrativeIsShownAsTextNeverRun() {
        Document page = page("ndbg/2018/pingshun.html");
        assertTrue(page.select(".article-content script").isEmpty());
        assertTrue(page.selectFirst(".article-content").text().contains("<script>alert(1)</script>"));
    }

    @Test
    void columnListsYearsNewestFirstWithCategoryGroups() {
        Document column = page("ndbg/index.html");
        assertEquals(List.of("2018年", "2017年"), column.select("section.year > h2").eachText());
        Element year2018 = column.selectFirst("section.year");
        assertEquals("街道", year2018.selectFirst(".group-title").text());
        Element link = year2018.selectFirst(".report-list a");
        assertEquals("2018/pingshun.html", link.attr("href").replace("../ndbg/", ""));
        assertEquals("2019-01-25", year2018.selectFirst(".report-list .date").text());
        assertEquals("县直部门", column.select("section.year").get(1).selectFirst(".group-title").text());
    }

    @Test
    void homeLinksToTheColumnAndTheNewestReports() {
        Document home = page("index.html");
        assertEquals("ndbg/index.html", home.selectFirst(".panel-title a").attr("href"));
        assertEquals(List.of("平顺街道办事处2018年政府信息公开工作年度报告", "庆安县发展计划局2017年政府信息公开工作年度报告"),
                home.select(".panel .report-list a").eachText());
        assertEquals("theme/css/gongkai.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void figuresAreOfferedAsJsonAndCsvNextToTheReport() {
        Document page = page("ndbg/2018/pingshun.html");
        assertEquals(List.of("pingshun.json", "pingshun.csv"), page.select(".open-data a").eachAttr("href").stream()
                .map(href -> href.replace("../../ndbg/2018/", "")).toList());
        assertTrue(page("ndbg/2017/fgj.html").select(".open-data").isEmpty(), "no figures, no download");

        String csv = PAGES.get("ndbg/2018/pingshun.csv");
        assertEquals("\uFEFF表,项目,栏目,数值,单位\r\n统计数据,主动公开政府信息,数量,11,条\r\n"
                + "统计数据,主动公开政府信息 > 规范性文件,数量,3,\r\n统计数据,主动公开政府信息 > 公开指南,数量,1,\r\n", csv);

        String json = PAGES.get("ndbg/2018/pingshun.json");
        assertTrue(json.contains("\"publisher\": \"庆安县平顺街道办事处\""), json);
        assertTrue(json.contains("\"label\": \"规范性文件\",\n          \"value\": 3,"), json);
    }

    private static String cellAfter(Element table, String header) {
        return table.selectFirst("th:containsOwn(" + header + ")").nextElementSibling().text();
    }
}
