package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Reads what real Maven runs of {@code mvn site:generate} produced for the projects under
 * src/it (run by the maven-invoker-plugin before this test).
 */
class GenerateMojoIT {

    private static final Path IT = Path.of(System.getProperty("gongkai.it.dir", "target/it"));

    private static String buildLog(String project) throws IOException {
        return Files.readString(IT.resolve(project).resolve("build.log"));
    }

    /** The one [ERROR] line that carries our message, and proof that no stack trace was printed. */
    private static String errorOf(String project) throws IOException {
        String log = buildLog(project);
        assertTrue(log.contains("BUILD FAILURE"), log);
        assertFalse(log.lines().anyMatch(l -> l.matches("\\s+at \\S+\\(.*\\)")), "no stack trace:\n" + log);
        assertFalse(log.contains("Caused by"), "no exception chain:\n" + log);
        return log.lines().filter(l -> l.contains("Failed to execute goal")).findFirst().orElseThrow();
    }

    @Test
    void siteGenerateResolvesToOurPluginThroughTheSitePrefix() throws IOException {
        String log = buildLog("basic-site");
        assertTrue(log.contains("gongkai-maven-plugin:"), log);
        assertTrue(log.contains(":generate (default-cli)"), log);
        assertTrue(log.contains("已生成 2 篇年报"), log);
    }

    /**
     * Two threads starting their first AsciiDoc conversion at once made JRuby print "warning:
     * already initialized constant AsciidoctorJ::Extensions::…" into users' builds (seen with two
     * or more processors, in the projects with several AsciiDoc narratives such as incremental).
     */
    @Test
    void noBuildPrintsJRubyWarnings() throws IOException {
        List<Path> logs;
        try (Stream<Path> projects = Files.list(IT)) {
            logs = projects.map(project -> project.resolve("build.log")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(logs.size() > 10, "the invoker projects ran: " + logs);
        for (Path log : logs) {
            assertEquals(List.of(), Files.readAllLines(log).stream()
                    .filter(line -> line.contains("warning: already initialized constant")).toList(), log.toString());
        }
    }

    @Test
    void aBreakBetweenYearsIsAWarningAndTheSiteIsBuilt() throws IOException {
        String log = buildLog("year-discontinuity");
        assertTrue(log.contains("BUILD SUCCESS"), log);
        assertTrue(log.contains("[WARNING] reports/2023/fgj.yaml:4: B5 自然人列：上年结转(1) ≠ "
                + "2022年结转下年度继续办理(2)，见 reports/2022/fgj.yaml:5"), log);
        assertTrue(Files.isRegularFile(IT.resolve("year-discontinuity/target/site/ndbg/2023/fgj.html")));
    }

    @Test
    void reportPageShowsThePre2019Figures() {
        Path site = IT.resolve("basic-site/target/site");
        Document page = SiteLinks.parse(site.resolve("ndbg/2018/pingshun.html"));
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", page.selectFirst("h1").text());
        List<String> rows = page.select("table.data-table tbody tr").eachText();
        assertEquals(List.of("主动公开政府信息 11 条", "规范性文件 3", "公开指南 1", "政府集中采购 3", "政府工作总结 4",
                "受理依申请公开政府信息 0 件", "当面提交 0", "传真 0", "电子邮件 0", "信函 0", "其他形式 0",
                "举报 0 起", "投诉 0 起", "行政复议 0 起", "行政诉讼 0 起"), rows);
        assertEquals("2019-01-25", page.selectFirst("meta[name=PubDate]").attr("content"));
        assertEquals("一、概述", page.selectFirst(".article-content h2").text());
    }

    @Test
    void markdownReportIsConvertedWithItsTable() {
        Document page = SiteLinks.parse(IT.resolve("basic-site/target/site/ndbg/2017/fgj.html"));
        assertEquals("庆安县发展和改革局2017年政府信息公开工作年度报告", page.selectFirst("h1").text());
        assertEquals("11231224/2018-00003", page.selectFirst("th:containsOwn(索引号)").nextElementSibling().text());
        assertEquals(List.of("主动公开 25"), page.select(".article-content table tbody tr").eachText());
    }

    @Test
    void columnLinksToTheReportWithAWorkingRelativeLink() {
        Path column = IT.resolve("basic-site/target/site/ndbg/index.html");
        Element link = SiteLinks.parse(column).selectFirst("a:containsOwn(平顺街道办事处2018年政府信息公开工作年度报告)");
        assertEquals("../ndbg/2018/pingshun.html", link.attr("href"));
        assertTrue(Files.isRegularFile(column.resolveSibling(link.attr("href"))));
        assertEquals(List.of(), SiteLinks.problems(IT.resolve("basic-site/target/site")));
    }

    @Test
    void missingSiteYamlFailsNamingIt() throws IOException {
        assertTrue(errorOf("missing-site-yaml").contains("site.yaml: 找不到 site.yaml（网站基本信息（网站名称、主办单位等）"));
    }

    @Test
    void yamlSyntaxErrorFailsNamingFileAndLine() throws IOException {
        assertTrue(errorOf("yaml-syntax-error").contains("bodies.yaml:3: YAML 语法错误"));
    }

    @Test
    void unknownBodyFailsNamingTheFile() throws IOException {
        assertTrue(errorOf("unknown-body").contains("reports/2018/pinshun.adoc: 文件名中的发布机构 id \"pinshun\" "
                + "未在 bodies.yaml 中登记；您是否想写 \"pingshun\"？"));
    }

    @Test
    void figuresThatDoNotAddUpStopTheBuildNamingFileLineAndLabels() throws IOException {
        errorOf("figures-do-not-add-up");
        String log = buildLog("figures-do-not-add-up");
        assertTrue(log.contains("统计数据有 2 处勾稽关系不成立，站点未生成"), log);
        assertTrue(log.contains("reports/2023/fgj.yaml:3: B1 自然人列：本年新收(27)+上年结转(0) ≠ 办理结果总计(26)+结转下年度(0)"),
                log);
        assertTrue(log.contains("reports/2023/fgj.yaml:3: B1 总计列：本年新收(27)+上年结转(0) ≠ 办理结果总计(26)+结转下年度(0)"),
                log);
        assertFalse(Files.exists(IT.resolve("figures-do-not-add-up/target/site")), "nothing was published");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Path project = IT.resolve("keeps-previous-site");
        assertTrue(errorOf("keeps-previous-site").contains("站点目录 broken：site.yaml:1: 缺少必填字段 \"region\""));
        Path report = project.resolve("target/site/ndbg/2018/pingshun.html");
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", SiteLinks.parse(report).selectFirst("h1").text());
        try (Stream<Path> entries = Files.list(project.resolve("target"))) {
            assertEquals(List.of(".site.lock", "gongkai-cache", "site", "site-check.html", "site-validation.json"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "beside the site only its lock file, validation report, 核对报告 and the cache; nothing half-written");
        }
    }

    @Test
    void aGbkNarrativeIsRefusedNamingTheEncodingAndTheFix() throws IOException {
        String error = errorOf("gbk-narrative");
        assertTrue(error.contains("reports/2018/pingshun.md:4: 文件不是 UTF-8 编码，看起来是 GBK/GB18030"), error);
        assertTrue(error.contains("iconv -f GB18030 -t UTF-8 \"reports/2018/pingshun.md\""), error);
        assertFalse(Files.exists(IT.resolve("gbk-narrative/target/site")), "nothing was published");
    }

    @Test
    void aMissingRequiredKeyIsNamedWithFileAndLine() throws IOException {
        assertTrue(errorOf("missing-required-key").contains("bodies.yaml:4: 缺少必填字段 \"[1].name\"（机构全称）"));
    }

    @Test
    void hostileMarkdownIsNeutralisedByDefault() throws IOException {
        Path site = IT.resolve("hostile-markdown/target/site");
        Element article = SiteLinks.parse(site.resolve("ndbg/2018/pingshun.html")).selectFirst(".article-content");
        assertTrue(article.text().contains("本报告由平顺街道办事处编制。<script>alert('xss')</script>"), article.text());
        assertEquals(List.of(), article.select("script, iframe, [onerror]").stream().map(Element::outerHtml).toList());
        assertTrue(article.text().contains("点此查看原件"), article.html());
        assertEquals(List.of(), article.select("a[href]").eachAttr("href"), "the javascript: link is gone");
        assertEquals(List.of(), SiteLinks.problems(site));
    }

    @Test
    void withSanitizeFalseTheRawHtmlIsPublishedAndTheLogWarns() throws IOException {
        Element article = SiteLinks.parse(IT.resolve("hostile-markdown/target/unsanitized/ndbg/2018/pingshun.html"))
                .selectFirst(".article-content");
        assertEquals(1, article.select("script").size(), article.html());
        assertEquals(1, article.select("iframe").size(), article.html());
        assertEquals("alert('xss')", article.selectFirst("img").attr("onerror"));
        assertTrue(buildLog("hostile-markdown").contains("[WARNING] 正文 HTML 未经过滤就发布（gongkai.sanitize=false）"));
    }
}
