package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The importer on real published texts, compared with the hand-written files a person checked. */
class ReportImporterTest {

    private static final Path SEED = Path.of("src/test/resources/reference/qingan-pingshun-jiedao-2018.txt");
    private static final Path SHUYANG = Path.of("src/test/resources/reference/shuyang-fgj-2023.txt");

    @TempDir
    Path dir;

    private ImportResult run(Path source, String body, int year, boolean overwrite) {
        return run(source, body, year, overwrite, false);
    }

    private ImportResult run(Path source, String body, int year, boolean overwrite, boolean missingAsEmpty) {
        return new ReportImporter(BuildLog.silent()).importReport(new ImportRequest(source.toAbsolutePath(), dir, body,
                year, overwrite, missingAsEmpty, dir.resolve("target/v.json")));
    }

    static Map<?, ?> yaml(Path file) throws IOException {
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @Test
    void theSeedReportGivesTheHandWrittenStatistics() throws IOException {
        SiteProject.standard(dir);
        ImportResult result = run(SEED, "pingshun", 2018, false);
        assertEquals(yaml(Path.of("../site-content/reports/2018/pingshun.yaml")), yaml(result.statistics()));
        assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
        assertEquals(java.util.Optional.empty(), result.invalid());
    }

    @Test
    void theShuyangTablesGiveTheHandWrittenCells() throws IOException {
        SiteProject.standard(dir);
        ImportResult result = run(SHUYANG, "fgj", 2023, false);
        Map<?, ?> expected = yaml(Path.of("src/it/shuyang-v2021/reports/2023/fgj.yaml"));
        Map<?, ?> actual = yaml(result.statistics());
        for (String key : new String[] {"format", "published", "proactive", "applications", "reviewsAndLitigation"}) {
            assertEquals(expected.get(key), actual.get(key), key);
        }
        assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
        assertEquals(java.util.Optional.empty(), result.invalid());
        String narrative = Files.readString(result.narrative());
        assertTrue(narrative.startsWith("= 沭阳县发展和改革局2023年政府信息公开年度报告\n:index-no: 014314799/2024-00002\n"),
                narrative);
        assertTrue(narrative.contains(":published: 2024-01-17\n"));
        assertFalse(narrative.contains("|"), "no table row left in the narrative");
        assertTrue(narrative.contains("\n== 三、收到和处理政府信息公开申请情况\n\n== 四、"), narrative);
    }

    @Test
    void aYearOutOfRangeIsRefusedAndNothingIsWritten() {
        SiteProject.standard(dir);
        for (int year : new int[] {99999, 1899, 0}) {
            InputError error = assertThrows(InputError.class, () -> run(SEED, "pingshun", year, false));
            assertTrue(error.getMessage().contains("报告年度 " + year + " 不在 2008 年"), error.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("reports")));
    }

    @Test
    void anIncompleteTableFailsListingEachMissingRowAndWritesNothing() throws IOException {
        SiteProject.standard(dir);
        Path partial = dir.resolve("zhoushan.txt");
        Files.copy(Path.of("src/test/resources/reference/zhoushan-zwfwb-2020.PARTIAL.txt"), partial);
        InputError error = assertThrows(InputError.class, () -> run(partial, "fgj", 2020, false));
        // The stored copy stops inside table 三: every row after it is named.
        assertTrue(error.getMessage().contains("表三“（七）总计”"), error.getMessage());
        assertTrue(error.getMessage().contains("表四“行政复议”"), error.getMessage());
        assertTrue(error.getMessage().contains("-Dgongkai.missingAsEmpty=true"), error.getMessage());
        assertFalse(error.getMessage().contains("表三“一、本年新收政府信息公开申请数量”"), error.getMessage());
        assertFalse(Files.exists(dir.resolve("reports")));
    }

    @Test
    void theZhoushanOneCellPerLineTablesGiveTheHandWrittenCellsAndEmptyCellsForTheRest() throws IOException {
        SiteProject.standard(dir);
        Path partial = dir.resolve("zhoushan.txt");
        Files.copy(Path.of("src/test/resources/reference/zhoushan-zwfwb-2020.PARTIAL.txt"), partial);
        ImportResult result = run(partial, "fgj", 2020, false, true);
        Map<?, ?> expected = yaml(Path.of("src/it/zhoushan-v2019/reports/2020/zwfwb.yaml"));
        Map<?, ?> actual = yaml(result.statistics());
        assertEquals(expected.get("proactive"), actual.get("proactive"));
        assertEquals(expected.get("published"), actual.get("published"));
        Map<?, ?> applications = (Map<?, ?>) actual.get("applications");
        Map<?, ?> expectedApplications = (Map<?, ?>) expected.get("applications");
        for (String row : new String[] {"received", "carriedIn", "granted", "partial"}) {
            assertEquals(expectedApplications.get(row), applications.get(row), row);
        }
        // Rows the copy lacks are empty, never 0, and still listed for a person.
        java.util.List<Object> empty = java.util.Collections.nCopies(7, null);
        assertEquals(empty, applications.get("total"));
        assertTrue(Files.readString(result.statistics()).contains("total: [null, null, null, null, null, null, null]"));
        assertTrue(result.unplaced().stream().anyMatch(u -> u.line() == 0 && u.text().equals("表三“（七）总计”")),
                result.unplaced().toString());
        assertFalse(Files.readString(result.statistics()).contains("acknowledged"));
    }

    @Test
    void aMarkdownSourceBecomesAMarkdownNarrativeWithFrontMatter() throws IOException {
        SiteProject.standard(dir).file("legacy.md", """
                # 平顺街道办事处2017年政府信息公开工作年度报告

                ## 一、概述

                全年累计主动公开政府信息5条。其中：“规范性文件”信息2条，
                “公开指南”信息3条。

                ## 二、存在问题

                - 重公开，轻反馈。
                """);
        ImportResult result = run(dir.resolve("legacy.md"), "pingshun", 2017, false);
        assertEquals(dir.resolve("reports/2017/pingshun.md"), result.narrative());
        assertEquals("""
                ---
                title: 平顺街道办事处2017年政府信息公开工作年度报告
                ---

                ## 一、概述

                全年累计主动公开政府信息5条。其中：“规范性文件”信息2条，“公开指南”信息3条。

                ## 二、存在问题

                \\- 重公开，轻反馈。
                """, Files.readString(result.narrative()));
        assertEquals(java.util.Optional.empty(), result.invalid());
        assertEquals("平顺街道办事处2017年政府信息公开工作年度报告",
                SiteProject.standard(dir).firstReport().metadata().title());
    }

    /** An id that leaves reports/&lt;year&gt;/ or no bodies.yaml could hold: nothing written, no advice to add it. */
    @Test
    void aBodyIdThatIsNoIdIsRefusedAndNothingWritten() {
        SiteProject.standard(dir);
        for (String id : List.of("../x", "pingshun/../../x", "平顺", "a b")) {
            InputError error = assertThrows(InputError.class, () -> run(SEED, id, 2018, false), id);
            assertTrue(error.getMessage().contains("\"" + id + "\" 只能包含小写字母、数字和连字符"), error.getMessage());
            assertFalse(error.getMessage().contains("- id: "), error.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("reports")));
        assertFalse(Files.exists(dir.resolveSibling("x.yaml")) || Files.exists(dir.resolveSibling("x.adoc")));
    }

    @Test
    void anUnknownBodySaysWhatToAdd() {
        SiteProject.standard(dir);
        InputError error = assertThrows(InputError.class, () -> run(SEED, "dananjiedao", 2018, false));
        assertTrue(error.getMessage().contains("\"dananjiedao\" 未在 bodies.yaml 中登记"), error.getMessage());
        assertTrue(error.getMessage().contains("- id: dananjiedao"), error.getMessage());
        assertFalse(Files.exists(dir.resolve("reports")));
    }

    @Test
    void anExistingReportIsNotOverwrittenUnlessAsked() throws IOException {
        SiteProject.standard(dir).file("reports/2018/pingshun.md", "# 旧\n");
        InputError error = assertThrows(InputError.class, () -> run(SEED, "pingshun", 2018, false));
        assertTrue(error.getMessage().contains("gongkai.overwrite"), error.getMessage());
        assertEquals("# 旧\n", Files.readString(dir.resolve("reports/2018/pingshun.md")));
        run(SEED, "pingshun", 2018, true);
        assertFalse(Files.exists(dir.resolve("reports/2018/pingshun.md")), "the .md would clash with the new .adoc");
        assertTrue(Files.exists(dir.resolve("reports/2018/pingshun.adoc")));
    }

    @Test
    void figuresThatDoNotAddUpAreWrittenAndReported() throws IOException {
        SiteProject.standard(dir).file("legacy.txt", "一、概述\n全年累计主动公开政府信息3条。其中：“规范性文件”信息3条，“公开指南”信息1条。\n");
        ImportResult result = run(dir.resolve("legacy.txt"), "pingshun", 2018, false);
        assertTrue(result.invalid().orElseThrow().contains("P1"), result.invalid().toString());
        assertTrue(Files.exists(result.statistics()));
    }

    @Test
    void aQiZhongListThatIsOnlySomeOfTheFigureIsWrittenAsOfWhich() throws IOException {
        // The example: 15 of 22 items were published online; nothing says where the other 7 went.
        SiteProject.standard(dir).file("legacy.txt", "一、概述\n主动公开政府信息数22条，其中线上信息公开15条。\n");
        ImportResult result = run(dir.resolve("legacy.txt"), "pingshun", 2018, false);
        assertTrue(result.invalid().isEmpty(), result.invalid().toString());
        String yaml = Files.readString(result.statistics());
        assertTrue(yaml.contains("    ofWhich:\n      - {label: 线上信息公开, value: 15}"), yaml);
    }
}
