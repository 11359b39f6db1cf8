package io.github.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.testing.SiteProject;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLoaderTest {

    private static final String PINGSHUN_ADOC = """
            = 平顺街道办事处2018年政府信息公开工作年度报告
            :source: 平顺街道办事处
            :index-no: 11231224/2019-00001

            本报告由平顺街道办事处根据《中华人民共和国政府信息公开条例》要求编制。

            == 一、概述

            全年累计主动公开政府信息11条。
            """;

    private static final String PINGSHUN_YAML = """
            format: pre2019
            statistics:
              - label: 主动公开政府信息
                value: 11
                unit: 条
                parts:
                  - {label: 规范性文件, value: 3}
                  - {label: 公开指南, value: 1}
                  - {label: 政府集中采购, value: 3}
                  - {label: 政府工作总结, value: 4}
              - {label: 举报, value: 0, unit: 起}
            """;

    @TempDir
    Path dir;

    private SiteContent load(SiteProject project) {
        return project.load();
    }

    private InputError failure(SiteProject project) {
        return assertThrows(InputError.class, () -> load(project));
    }

    @Test
    void loadsSiteBodiesAndTheSeedReport() {
        SiteContent content = load(SiteProject.standard(dir)
                .file("reports/2018/pingshun.adoc", PINGSHUN_ADOC)
                .file("reports/2018/pingshun.yaml", PINGSHUN_YAML));

        assertEquals("测试站", content.config().siteName());
        assertEquals("default", content.config().theme().name());
        assertEquals(List.of("pingshun", "fgj"), content.bodies().stream().map(b -> b.id()).toList());
        assertEquals(BodyCategory.SUBDISTRICT, content.bodies().get(0).category());

        AnnualReport report = content.reports().get(0);
        assertEquals(2018, report.year());
        assertEquals(ReportFormat.PRE2019, report.format());
        assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", report.metadata().title());
        assertEquals("平顺街道办事处", report.metadata().source());
        assertEquals("11231224/2019-00001", report.metadata().indexNo().orElseThrow());
        assertEquals("庆安县平顺街道办事处", report.publisher());
        assertEquals(MarkupLanguage.ASCIIDOC, report.narrative().orElseThrow().language());

        Statistics.Pre2019 statistics = (Statistics.Pre2019) report.statistics().orElseThrow();
        StatisticItem proactive = statistics.items().get(0);
        assertEquals("主动公开政府信息", proactive.label());
        assertEquals(new BigDecimal("11"), proactive.value());
        assertEquals("条", proactive.unit().orElseThrow());
        assertEquals(List.of("3", "1", "3", "4"), proactive.parts().stream().map(p -> p.value().toString()).toList());
        assertEquals(3, proactive.location().line(), "the line where the item starts");
    }

    @Test
    void readsMarkdownFrontMatterAndDefaultsTheTitle() {
        SiteContent content = load(SiteProject.standard(dir)
                .file("reports/2019/fgj.md", """
                        ---
                        published: 2020-01-20
                        doc-no: 庆发改〔2020〕1号
                        ---
                        ## 一、总体情况

                        正文。
                        """));
        AnnualReport report = content.reports().get(0);
        assertEquals("庆安县发展和改革局2019年政府信息公开工作年度报告", report.metadata().title());
        assertEquals(LocalDate.of(2020, 1, 20), report.metadata().published().orElseThrow());
        assertEquals("庆发改〔2020〕1号", report.metadata().docNo().orElseThrow());
        assertTrue(report.narrative().orElseThrow().body().startsWith("## 一、总体情况"));
    }

    @Test
    void usesTheBodysNameOfThatYear() {
        SiteContent content = load(SiteProject.standard(dir).file("reports/2017/fgj.md", "正文。\n"));
        assertEquals("庆安县发展计划局", content.reports().get(0).publisher());
        assertEquals("庆安县发展计划局2017年政府信息公开工作年度报告", content.reports().get(0).metadata().title());
    }

    @Test
    void sortsReportsByYearThenByBodiesYamlOrder() {
        SiteContent content = load(SiteProject.standard(dir)
                .file("reports/2019/fgj.md", "x\n")
                .file("reports/2019/pingshun.md", "x\n")
                .file("reports/2018/fgj.md", "x\n"));
        assertEquals(List.of("2018 fgj", "2019 pingshun", "2019 fgj"), content.reports().stream()
                .map(r -> r.year() + " " + r.body().id()).toList());
    }

    @Test
    void missingSiteYamlIsNamed() {
        InputError error = failure(SiteProject.empty(dir).file("bodies.yaml", SiteProject.BODIES_YAML));
        assertEquals("site.yaml", error.location().toString());
        assertTrue(error.getMessage().startsWith("site.yaml: 找不到 site.yaml（网站基本信息"), error.getMessage());
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() {
        InputError error = failure(SiteProject.standard(dir).file("bodies.yaml", """
                - id: pingshun
                  name: 庆安县平顺街道办事处
                   category: subdistrict
                """));
        assertEquals("bodies.yaml:3", error.location().toString());
        assertTrue(error.getMessage().contains("YAML 语法错误"), error.getMessage());
    }

    @Test
    void unknownBodyIdNamesTheFileAndSuggestsTheNearestId() {
        InputError error = failure(SiteProject.standard(dir).file("reports/2018/pinshun.adoc", PINGSHUN_ADOC));
        assertEquals("reports/2018/pinshun.adoc: 文件名中的发布机构 id \"pinshun\" 未在 bodies.yaml 中登记；"
                + "您是否想写 \"pingshun\"？ / unknown body id \"pinshun\"", error.getMessage());
    }

    @Test
    void reportsReadInParallelStillStopAtTheFirstBadFileInFileOrder() {
        SiteProject project = SiteProject.standard(dir);
        for (int year = 2008; year <= 2025; year++) {
            project.file("reports/" + year + "/pingshun.md", "正文。\n");
        }
        project.file("reports/2009/fgj.yaml", "statistics: [\n").file("reports/2017/fgj.yaml", "statistics: [\n");
        for (int i = 0; i < 5; i++) {
            assertEquals("reports/2009/fgj.yaml", failure(project).location().file().toString().replace('\\', '/'));
        }
    }

    @Test
    void aRelativeBaseUrlIsRefusedWithItsLine() {
        InputError error = failure(SiteProject.standard(dir).file("site.yaml", SiteProject.SITE_YAML
                + "baseUrl: www.qingan.gov.cn\n"));
        assertEquals("site.yaml:4: 字段 \"baseUrl\" 的值 \"www.qingan.gov.cn\" 应为以 http:// 或 https:// 开头的完整网址，"
                + "如 https://www.qingan.gov.cn/ / must be an absolute URL", error.getMessage());
    }

    @Test
    void aBodyIdThatWouldReplaceAListPageIsRefused() {
        InputError error = failure(SiteProject.standard(dir).file("bodies.yaml",
                "- {id: summary, name: 汇总办, category: other}\n"));
        assertEquals("bodies.yaml:1: 发布机构 id \"summary\" 是保留字（会与栏目页 summary.html 重名），请换一个 / reserved id: "
                + "it would replace a list page", error.getMessage());
    }

    @Test
    void unknownSiteKeyNamesLineAndSuggestsTheKnownKey() {
        InputError error = failure(SiteProject.standard(dir).file("site.yaml", SiteProject.SITE_YAML
                + "sitIdCode: \"2312240001\"\n"));
        assertEquals("site.yaml:4: 未知字段 \"sitIdCode\"（您是否想写 \"siteIdCode\"？） / unknown key, did you "
                + "mean \"siteIdCode\"?", error.getMessage());
    }

    @Test
    void badgesAndLogoAreFilesUnderAssets() {
        SiteContent content = load(SiteProject.standard(dir).file("site.yaml", SiteProject.SITE_YAML + """
                logo: assets/logo.svg
                badges:
                  - {title: 党政机关, href: "https://bszs.conac.cn/sitename?method=show&id=1", image: assets/dzjg.png}
                  - {title: 我为政府网站找错}
                """).file("assets/logo.svg", "<svg/>").file("assets/dzjg.png", "png"));
        assertEquals("assets/logo.svg", content.config().logo().orElseThrow());
        assertEquals(List.of("党政机关", "我为政府网站找错"),
                content.config().badges().stream().map(b -> b.title()).toList());
        assertEquals("assets/dzjg.png", content.config().badges().get(0).image().orElseThrow());
    }

    @Test
    void aLogoOutsideAssetsOrMissingIsNamedWithItsLine() {
        InputError outside = failure(SiteProject.standard(dir).file("site.yaml", SiteProject.SITE_YAML
                + "logo: ../logo.png\n"));
        assertEquals("site.yaml:4: 字段 \"logo\" 应为 assets/ 下的文件路径（如 assets/logo.png），当前为 \"../logo.png\" / "
                + "must be a path under assets/", outside.getMessage());
        InputError missing = failure(SiteProject.standard(dir).file("site.yaml", SiteProject.SITE_YAML
                + "badges:\n  - {title: 党政机关, image: assets/dzjg.png}\n"));
        assertEquals("site.yaml:5: 字段 \"badges[0].image\" 指向的文件 assets/dzjg.png 不存在 / file not found",
                missing.getMessage());
    }

    @Test
    void aThemeColourMustBeAName() {
        InputError error = failure(SiteProject.standard(dir).file("site.yaml", SiteProject.SITE_YAML
                + "theme: {color: \"#ff0000\"}\n"));
        assertEquals("site.yaml:4: 字段 \"theme.color\" 应为主题的配色名，如 red 或 blue，当前为 \"#ff0000\" / expected a "
                + "colour name such as red or blue", error.getMessage());
    }

    @Test
    void aMisspeltRequiredKeyIsPointedAt() {
        InputError error = failure(SiteProject.standard(dir).file("site.yaml",
                "region: 测试县\nsiteNmae: 测试站\nsponsor: 测试县人民政府办公室\n"));
        assertEquals("site.yaml:2: 缺少必填字段 \"siteName\"（网站名称）：这里的 \"siteNmae\" 是否是它写错了？ / missing "
                + "required key \"siteName\"; is \"siteNmae\" a typo of it?", error.getMessage());
    }

    @Test
    void missingRequiredSiteKeyIsNamedInChinese() {
        InputError error = failure(SiteProject.standard(dir).file("site.yaml", "siteName: 测试站\nregion: 测试县\n"));
        assertEquals("site.yaml:1: 缺少必填字段 \"sponsor\"（主办单位） / missing required key", error.getMessage());
    }

    @Test
    void unknownCategoryListsTheValidOnes() {
        InputError error = failure(SiteProject.standard(dir).file("bodies.yaml",
                "- id: a\n  name: 甲\n  category: jiedao\n"));
        assertTrue(error.getMessage().startsWith("bodies.yaml:3: 字段 \"[0].category\" 的值 \"jiedao\" 无效，应为 "
                + "county_gov、department、township、subdistrict、other 之一"), error.getMessage());
    }

    @Test
    void aBodysLevelIsCountyUnlessBodiesYamlSaysOtherwiseAndAnUnknownLevelNamesFileAndLine() {
        var bodies = SiteProject.standard(dir).file("bodies.yaml",
                "- {id: a, name: 甲县政府, category: county_gov}\n- {id: b, name: 乙市政府, category: other, level: city}\n")
                .load().bodies();
        assertEquals(List.of(io.github.gongkai.data.BodyLevel.COUNTY, io.github.gongkai.data.BodyLevel.CITY),
                bodies.stream().map(io.github.gongkai.data.PublishingBody::level).toList());
        InputError error = failure(SiteProject.standard(dir).file("bodies.yaml",
                "- id: a\n  name: 甲\n  category: other\n  level: shi\n"));
        assertEquals("bodies.yaml:4: 字段 \"[0].level\" 的值 \"shi\" 无效，应为 county（县级及以下）、city（设区的市、自治州）、"
                + "province（省级）、ministry（国务院部门） 之一（不写即为县级及以下） / unknown level", error.getMessage());
    }

    @Test
    void yearFolderMustBeFourDigits() {
        InputError error = failure(SiteProject.standard(dir).file("reports/2O18/pingshun.md", "x\n"));
        assertEquals("reports/2O18", error.location().toString());
        assertTrue(error.getMessage().contains("\"2O18\" 不是年份"), error.getMessage());
    }

    @Test
    void twoNarrativesForOneReportAreRefused() {
        InputError error = failure(SiteProject.standard(dir)
                .file("reports/2018/pingshun.adoc", PINGSHUN_ADOC)
                .file("reports/2018/pingshun.md", "x\n"));
        assertTrue(error.getMessage().contains("两个正文文件：pingshun.adoc 和 pingshun.md"), error.getMessage());
    }

    @Test
    void aWrongTypedCountNamesTheFieldAndLine() {
        InputError error = failure(SiteProject.standard(dir).file("reports/2018/pingshun.yaml", """
                statistics:
                  - label: 主动公开政府信息
                    value: 十一
                """));
        assertEquals("reports/2018/pingshun.yaml:3: N1 字段 \"statistics[0].value\" 的值 \"十一\" 不是数字 / not a "
                + "number", error.getMessage());
    }

    @Test
    void aNegativeCountIsRefused() {
        InputError error = failure(SiteProject.standard(dir).file("reports/2018/pingshun.yaml",
                "statistics:\n  - {label: 举报, value: -1}\n"));
        assertTrue(error.getMessage().startsWith("reports/2018/pingshun.yaml:2: N1 字段 \"statistics[0].value\" 不能为负数"),
                error.getMessage());
    }

    @Test
    void aBadPublishedDateNamesItsLine() {
        InputError error = failure(SiteProject.standard(dir).file("reports/2018/pingshun.adoc",
                "= 标题\n:published: 2019-13-45\n\n正文\n"));
        assertTrue(error.getMessage().startsWith("reports/2018/pingshun.adoc:2: 发布日期 \"2019-13-45\" 不是有效日期"),
                error.getMessage());
    }

    @Test
    void aGbkFileIsRefusedRatherThanGarbled() {
        InputError error = failure(SiteProject.standard(dir).bytes("reports/2018/pingshun.md",
                "平顺街道办事处".getBytes(Charset.forName("GBK"))));
        assertTrue(error.getMessage().startsWith("reports/2018/pingshun.md:1: 文件不是 UTF-8 编码，看起来是 GBK/GB18030"),
                error.getMessage());
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheSiteIsRefused(@TempDir Path elsewhere) throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "机密");
        SiteProject project = SiteProject.standard(dir);
        Files.createDirectories(dir.resolve("reports/2018"));
        Files.createSymbolicLink(dir.resolve("reports/2018/pingshun.md"), secret);
        InputError error = failure(project);
        assertTrue(error.getMessage().startsWith("reports/2018/pingshun.md: 文件通过符号链接指向站点项目之外"),
                error.getMessage());
    }

    @Test
    void aSymbolicLinkInsideTheSiteIsFine() throws Exception {
        SiteProject project = SiteProject.standard(dir).file("shared/fgj.md", "正文\n");
        Files.createDirectories(dir.resolve("reports/2018"));
        Files.createSymbolicLink(dir.resolve("reports/2018/fgj.md"), dir.resolve("shared/fgj.md"));
        assertEquals(1, load(project).reports().size());
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        SiteContent content = load(SiteProject.standard(dir).file("site.yaml", "\uFEFF" + SiteProject.SITE_YAML));
        assertEquals("测试站", content.config().siteName());
    }

    @Test
    void jsonStatisticsWorkLikeYaml() {
        SiteContent content = load(SiteProject.standard(dir).file("reports/2018/pingshun.json", """
                {"format": "pre2019",
                 "statistics": [{"label": "举报", "value": 2, "unit": "起"}]}
                """));
        Statistics.Pre2019 statistics = (Statistics.Pre2019) content.reports().get(0).statistics().orElseThrow();
        assertEquals(new BigDecimal("2"), statistics.items().get(0).value());
    }
}
