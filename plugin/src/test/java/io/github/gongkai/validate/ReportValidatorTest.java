package io.github.gongkai.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each invariant of contract §5.5: one input that holds it and one that breaks it. */
class ReportValidatorTest {

    /** A consistent v2021 table 三: 26 received, 20 granted, 3 denied, 3 carried out. */
    private static final String CONSISTENT = """
            format: v2021
            applications:
              received:   [26, 0, 0, 0, 0, 0, 26]
              carriedIn:  [0, 0, 0, 0, 0, 0, 0]
              granted:    [20, 0, 0, 0, 0, 0, 20]
              denied:
                process:  [3, 0, 0, 0, 0, 0, 3]
              total:      [23, 0, 0, 0, 0, 0, 23]
              carriedOut: [3, 0, 0, 0, 0, 0, 3]
            reviewsAndLitigation:
              review: {upheld: 1, corrected: 1, other: 0, pending: 0, total: 2}
            """;

    @TempDir
    Path dir;

    private List<String> findings(String year, String yaml) {
        return ReportValidator.check(SiteProject.standard(dir).file("reports/" + year + "/fgj.yaml", yaml)
                .firstReport()).stream().map(f -> (f.error() ? "ERROR " : "WARN ") + f).toList();
    }

    @Test
    void aConsistentReportHasNoFinding() {
        assertEquals(List.of(), findings("2023", CONSISTENT));
    }

    @Test
    void b1ReceivedPlusCarriedInMustEqualTotalPlusCarriedOut() {
        List<String> found = findings("2023", CONSISTENT.replace("received:   [26, 0, 0, 0, 0, 0, 26]",
                "received:   [27, 0, 0, 0, 0, 0, 27]"));
        assertEquals(List.of(
                "ERROR reports/2023/fgj.yaml:3: B1 自然人列：本年新收(27)+上年结转(0) ≠ 办理结果总计(23)+结转下年度(3)",
                "ERROR reports/2023/fgj.yaml:3: B1 总计列：本年新收(27)+上年结转(0) ≠ 办理结果总计(23)+结转下年度(3)"),
                found);
    }

    @Test
    void b2TotalMustEqualTheSumOfTheResults() {
        List<String> found = findings("2023", CONSISTENT
                .replace("granted:    [20, 0, 0, 0, 0, 0, 20]", "granted:    [19, 0, 0, 0, 0, 0, 19]"));
        assertEquals(List.of(
                "ERROR reports/2023/fgj.yaml:8: B2 自然人列：（七）总计(23) ≠ （一）至（六）各项之和(22)",
                "ERROR reports/2023/fgj.yaml:8: B2 总计列：（七）总计(23) ≠ （一）至（六）各项之和(22)"), found);
    }

    @Test
    void b3RowTotalMustEqualTheSixApplicantColumns() {
        List<String> found = findings("2023", CONSISTENT.replace("carriedOut: [3, 0, 0, 0, 0, 0, 3]",
                "carriedOut: [3, 0, 0, 0, 0, 0, 4]"));
        assertEquals(List.of(
                "ERROR reports/2023/fgj.yaml:3: B1 总计列：本年新收(26)+上年结转(0) ≠ 办理结果总计(23)+结转下年度(4)",
                "ERROR reports/2023/fgj.yaml:9: B3 “四、结转下年度继续办理”行：总计(4) ≠ 六类申请人之和(3)"), found);
    }

    @Test
    void c1ReviewTotalMustEqualItsParts() {
        List<String> found = findings("2023", CONSISTENT.replace("total: 2}", "total: 3}"));
        assertEquals(List.of(
                "ERROR reports/2023/fgj.yaml:11: C1 行政复议：总计(3) ≠ 结果维持(1)+结果纠正(1)+其他结果(0)+尚未审结(0)"), found);
    }

    @Test
    void p1PartsMustSumToTheirValue() {
        String yaml = """
                statistics:
                  - label: 主动公开政府信息
                    value: 11
                    parts:
                      - {label: 规范性文件, value: 3}
                      - {label: 公开指南, value: 1}
                      - {label: 政府集中采购, value: 3}
                      - {label: 政府工作总结, value: 4}
                """;
        assertEquals(List.of(), findings("2018", yaml));
        assertEquals(List.of("ERROR reports/2018/fgj.yaml:2: P1 “主动公开政府信息”：总数(12) ≠ 各分项之和(11)"),
                findings("2018", yaml.replace("value: 11", "value: 12")));
    }

    @Test
    void anAcknowledgedViolationIsAWarningAndAnAcknowledgedIdThatHoldsIsSaid() {
        List<String> found = findings("2023", "acknowledged: [C1, B3]\n" + CONSISTENT.replace("total: 2}", "total: 3}"));
        assertEquals(List.of(
                "WARN reports/2023/fgj.yaml:12: C1 行政复议：总计(3) ≠ 结果维持(1)+结果纠正(1)+其他结果(0)+尚未审结(0)（已在 acknowledged 中确认为原文如此）",
                "WARN reports/2023/fgj.yaml: B3 acknowledged 中确认了 B3，但该关系其实成立，可以删去 / acknowledged but holds"),
                found);
    }

    @Test
    void b7EmptyCellsAreReadAsZeroWithAWarning() {
        List<String> found = findings("2023", CONSISTENT.replace("received:   [26, 0, 0, 0, 0, 0, 26]",
                "received:   [26, null, null, null, null, null, 26]"));
        assertEquals(List.of("WARN reports/2023/fgj.yaml:3: B7 表中有 5 个留空的单元格，核对勾稽关系时按 0 计算 / 5 empty cells "
                + "were read as 0"), found);
    }

    @Test
    void b7AFailingEquationWithAnEmptyCellIsOnlyAWarning() {
        // Shanghai 2019 leaves the whole 总计 column of its result rows empty.
        List<String> found = findings("2023", CONSISTENT.replace("granted:    [20, 0, 0, 0, 0, 0, 20]",
                "granted:    [20, 0, 0, 0, 0, 0, null]"));
        assertEquals(List.of(
                "WARN reports/2023/fgj.yaml:8: B7 原文留空的单元格按 0 计算后不成立，但填入适当的数即可成立（原文留空，仅提示）："
                        + "总计列：（七）总计(23) ≠ （一）至（六）各项之和(3)",
                "WARN reports/2023/fgj.yaml:5: B7 原文留空的单元格按 0 计算后不成立，但填入适当的数即可成立（原文留空，仅提示）："
                        + "“（一）予以公开”行：总计(空) ≠ 六类申请人之和(20)",
                "WARN reports/2023/fgj.yaml:5: B7 表中有 1 个留空的单元格，核对勾稽关系时按 0 计算 / 1 empty cells were read as 0"),
                found);
    }

    @Test
    void b6FiguresQuotedInTheNarrativeMustMatchTheTables() {
        SiteProject project = SiteProject.standard(dir).file("reports/2023/fgj.yaml", CONSISTENT)
                .file("reports/2023/fgj.md", """
                        ---
                        published: 2024-01-20
                        ---
                        全年共收到政府信息公开申请26件，予以公开20件，结转下年度继续办理3件。
                        本年度共受理申请26件，办结24件。被申请行政复议2件，行政诉讼0件。
                        """);
        List<String> found = ReportValidator.check(project.firstReport()).stream().map(Finding::toString).toList();
        assertEquals(List.of("reports/2023/fgj.md:5: B6 正文“办结24件”与统计表不一致：表中办结申请为 23 / the narrative "
                + "quotes 24, the table says 23"), found);
    }

    @Test
    void b6EachOfTheSevenPhrasesIsComparedWithItsFigure() {
        SiteProject project = SiteProject.standard(dir).file("reports/2023/fgj.yaml", CONSISTENT)
                .file("reports/2023/fgj.md", """
                        ---
                        published: 2024-01-20
                        ---
                        本年度收到政府信息公开申请91件。
                        办结92件。
                        予以公开及部分公开93件。
                        其中予以公开94件。
                        结转下年度95件。
                        被申请行政复议96件。
                        行政诉讼97件。
                        """);
        List<String> found = ReportValidator.check(project.firstReport()).stream()
                .map(f -> f.toString().replaceAll("：表中.*", "")).toList();
        assertEquals(List.of(
                "reports/2023/fgj.md:4: B6 正文“收到政府信息公开申请91件”与统计表不一致",
                "reports/2023/fgj.md:5: B6 正文“办结92件”与统计表不一致",
                "reports/2023/fgj.md:6: B6 正文“予以公开及部分公开93件”与统计表不一致",
                "reports/2023/fgj.md:7: B6 正文“予以公开94件”与统计表不一致",
                "reports/2023/fgj.md:8: B6 正文“结转下年度95件”与统计表不一致",
                "reports/2023/fgj.md:9: B6 正文“行政复议96件”与统计表不一致",
                "reports/2023/fgj.md:10: B6 正文“行政诉讼97件”与统计表不一致"), found);
    }

    /** 上海市人民政府办公厅 2019 年报's own sentence and 表四 (import-corpus/shanghai-bgt-2019). */
    @Test
    void c3AllUpheldWhileCasesArePendingIsAWarning() {
        String tables = CONSISTENT.replace("review: {upheld: 1, corrected: 1, other: 0, pending: 0, total: 2}", """
                review: {upheld: 5, corrected: null, other: null, pending: 2, total: 7}
                  litigationDirect: {upheld: 8, corrected: null, other: null, pending: 1, total: 9}""");
        SiteProject project = SiteProject.standard(dir).file("reports/2023/fgj.yaml", tables)
                .file("reports/2023/fgj.md", """
                        ---
                        published: 2024-01-20
                        ---
                        信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录。
                        行政复议案件均予以维持。行政诉讼未全部维持。
                        """);
        List<String> found = ReportValidator.check(project.firstReport()).stream()
                .filter(f -> f.id().equals("C3")).map(Finding::toString).toList();
        assertEquals(List.of(
                "reports/2023/fgj.md:4: C3 正文“均获维持”与统计表不一致：表四中行政复议尚未审结 2 件、"
                        + "行政诉讼（未经复议直接起诉）尚未审结 1 件，并非全部维持，请与原件核对 / the narrative says every "
                        + "case was upheld, the table has cases corrected, ended otherwise or pending",
                "reports/2023/fgj.md:5: C3 正文“均予以维持”与统计表不一致：表四中行政复议尚未审结 2 件，并非全部维持，"
                        + "请与原件核对 / the narrative says every case was upheld, the table has cases corrected, "
                        + "ended otherwise or pending"), found);

        // The same words where every case was upheld: nothing to say.
        SiteProject upheld = SiteProject.standard(dir.resolve("upheld")).file("reports/2023/fgj.yaml", CONSISTENT
                .replace("review: {upheld: 1, corrected: 1, other: 0, pending: 0, total: 2}",
                        "review: {upheld: 2, corrected: 0, other: null, pending: 0, total: 2}"))
                .file("reports/2023/fgj.md", "---\npublished: 2024-01-20\n---\n行政复议2件，均获维持。\n");
        assertEquals(List.of(), ReportValidator.check(upheld.firstReport()).stream()
                .filter(f -> f.id().equals("C3")).toList());
    }

    @Test
    void n1AnAcknowledgedNegativeOrFractionalCountIsKeptAsPublishedWithAWarning() {
        List<String> found = findings("2023", """
                acknowledged: [N1, B3]
                reviewsAndLitigation:
                  review: {upheld: -1, corrected: 1, total: 0}
                proactive:
                  penalty: {decisions: 2.5}
                """);
        assertEquals(List.of(
                "WARN reports/2023/fgj.yaml:5: N1 表二“行政处罚”行“本年处理决定数量”列的值 2.5 不是整数 / not a whole number ≥ 0"
                        + "（已在 acknowledged 中确认为原文如此）",
                "WARN reports/2023/fgj.yaml:3: N1 表四“行政复议”的“结果维持”的值 -1 不是非负数 / not a whole number ≥ 0"
                        + "（已在 acknowledged 中确认为原文如此）",
                "WARN reports/2023/fgj.yaml: B3 acknowledged 中确认了 B3，但该关系其实成立，可以删去 / acknowledged but holds"),
                found);
    }

    @Test
    void a4RegulationsInACountyReportAreAWarning() {
        assertEquals(List.of("WARN reports/2023/fgj.yaml:2: A4 县级及以下机关没有规章制定权，表二“规章”行却有数字，请核对"
                + "（若本机关确有规章制定权，请在 bodies.yaml 中为它写 level: city、province 或 ministry） / "
                + "规章 > 0 in a county-level report"),
                findings("2023", "proactive:\n  regulations: {issued: 1, repealed: 0, inForce: 1}\n"));
        assertEquals(List.of(), findings("2023", "proactive:\n  regulations: {issued: 0, repealed: 0, inForce: 0}\n"));
    }

    @Test
    void b7OnlyWhenSomeValuesOfTheEmptyCellsMakeTheEquationHold() {
        // 总计列：本年新收(空)+上年结转(空) = 35 + 0 can hold (35 received): a gap, not an error.
        String holdable = CONSISTENT.replace("received:   [26, 0, 0, 0, 0, 0, 26]", "received:   [26, 0, 0, 0, 0, 0, null]");
        assertEquals(List.of(), findings("2023", holdable).stream().filter(f -> f.startsWith("ERROR")).toList());
        // 结转下年度 empty on the right of B1 cannot make 26+0 = 30+x hold for any x ≥ 0.
        List<String> found = findings("2023", CONSISTENT
                .replace("total:      [23, 0, 0, 0, 0, 0, 23]", "total:      [23, 0, 0, 0, 0, 0, 30]")
                .replace("carriedOut: [3, 0, 0, 0, 0, 0, 3]", "carriedOut: [3, 0, 0, 0, 0, 0, null]"));
        assertEquals(List.of(
                "ERROR reports/2023/fgj.yaml:3: B1 总计列：本年新收(26)+上年结转(0) ≠ 办理结果总计(30)+结转下年度(空)"
                        + "（留空的单元格：结转下年度；无论填入什么非负整数都不能成立，不是留空所致）",
                "ERROR reports/2023/fgj.yaml:8: B2 总计列：（七）总计(30) ≠ （一）至（六）各项之和(23)",
                "ERROR reports/2023/fgj.yaml:8: B3 “（七）总计”行：总计(30) ≠ 六类申请人之和(23)"),
                found.stream().filter(f -> f.startsWith("ERROR")).toList());
    }

    @Test
    void anEmptySideThatCannotReachTheOtherIsTheEquationsOwnError() {
        // The case: 总计列 0 + 0 against 35 + 0, every applicant column empty.
        List<String> found = findings("2023", """
                applications:
                  received:   [null, null, null, null, null, null, 0]
                  carriedIn:  [null, null, null, null, null, null, 0]
                  granted:    [null, null, null, null, null, null, 35]
                  total:      [null, null, null, null, null, null, 35]
                  carriedOut: [null, null, null, null, null, null, 0]
                """);
        assertEquals(List.of("ERROR reports/2023/fgj.yaml:2: B1 总计列：本年新收(0)+上年结转(0) ≠ 办理结果总计(35)+结转下年度(0)"),
                found.stream().filter(f -> f.contains("B1")).toList());
        List<String> c1 = findings("2023", "reviewsAndLitigation:\n  review: {upheld: 5, corrected: null, other: null, "
                + "pending: 2, total: 6}\n");
        assertEquals(List.of("ERROR reports/2023/fgj.yaml:2: C1 行政复议：总计(6) ≠ 结果维持(5)+结果纠正(空)+其他结果(空)+尚未审结(2)"
                + "（留空的单元格：结果纠正、其他结果；无论填入什么非负整数都不能成立，不是留空所致）"),
                c1.stream().filter(f -> f.startsWith("ERROR")).toList());
        List<String> b2 = findings("2023", """
                applications:
                  granted:    [5, 0, 0, 0, 0, 0, 5]
                  partial:    [null, 0, 0, 0, 0, 0, null]
                  total:      [4, 0, 0, 0, 0, 0, 4]
                  received:   [4, 0, 0, 0, 0, 0, 4]
                """);
        assertEquals(List.of("ERROR reports/2023/fgj.yaml:4: B2 自然人列：（七）总计(4) ≠ （一）至（六）各项之和(5)"
                + "（留空的单元格：（二）部分公开（区分处理的，只计这一情形，不计其他情形）；无论填入什么非负整数都不能成立，不是留空所致）",
                "ERROR reports/2023/fgj.yaml:4: B2 总计列：（七）总计(4) ≠ （一）至（六）各项之和(5)"
                + "（留空的单元格：（二）部分公开（区分处理的，只计这一情形，不计其他情形）；无论填入什么非负整数都不能成立，不是留空所致）"),
                b2.stream().filter(f -> f.startsWith("ERROR")).toList());
    }

    @Test
    void p1ASubsetMayBeLessThanItsFigureButNeverMore() {
        String yaml = """
                statistics:
                  - label: 主动公开政府信息数
                    value: 22
                    unit: 条
                    ofWhich:
                      - {label: 线上信息公开, value: 15}
                """;
        assertEquals(List.of(), findings("2018", yaml));
        assertEquals(List.of("ERROR reports/2018/fgj.yaml:2: P1 “主动公开政府信息数”：总数(22) < 其中各项之和(25)"),
                findings("2018", yaml.replace("value: 15", "value: 25")));
        // The same figures as an exhaustive breakdown (分别为) must add up.
        assertEquals(List.of("ERROR reports/2018/fgj.yaml:2: P1 “主动公开政府信息数”：总数(22) ≠ 各分项之和(15)"),
                findings("2018", yaml.replace("ofWhich:", "parts:")));
    }

    @Test
    void p1AnEmptyFigureIsAGapNotAZero() {
        String yaml = """
                statistics:
                  - label: 受理依申请公开
                    value: null
                    parts:
                      - {label: 当面提交, value: 2}
                      - {label: 信函, value: 1}
                """;
        assertEquals(List.of("WARN reports/2018/fgj.yaml:2: B7 原文留空的单元格按 0 计算后不成立，但填入适当的数即可成立（原文留空，仅提示）："
                + "“受理依申请公开”：总数(空) ≠ 各分项之和(3)",
                "WARN reports/2018/fgj.yaml:2: B7 表中有 1 个留空的单元格，核对勾稽关系时按 0 计算 / 1 empty cells were read as 0"),
                findings("2018", yaml));
    }

    @Test
    void b6AnEmptyTotalColumnIsComparedWithTheSumOfTheApplicantColumns() {
        SiteProject project = SiteProject.standard(dir).file("reports/2023/fgj.yaml", """
                applications:
                  received:   [270, 5, 0, 0, 0, 0, null]
                  granted:    [250, 8, 0, 0, 0, 0, null]
                  partial:    [17, 0, 0, 0, 0, 0, null]
                  total:      [267, 8, 0, 0, 0, 0, null]
                  carriedOut: [3, 0, 0, 0, 0, 0, null]
                  carriedIn:  [0, 3, 0, 0, 0, 0, null]
                """).file("reports/2023/fgj.md", """
                ---
                published: 2024-01-20
                ---
                全年收到申请275件，予以公开及部分公开258件。
                """);
        List<String> found = ReportValidator.check(project.firstReport()).stream()
                .filter(f -> f.id().equals("B6")).map(Finding::toString).toList();
        assertEquals(List.of("reports/2023/fgj.md:4: B6 正文“予以公开及部分公开258件”与统计表不一致：表中予以公开及部分公开为 275"
                + "（总计列留空，按各类申请人之和） / the narrative quotes 258, the table says 275"), found);
    }

    @Test
    void a4OnlyForBodiesWithoutRuleMakingPower() {
        SiteProject project = SiteProject.standard(dir).file("bodies.yaml", """
                - id: fgj
                  name: 某市人民政府
                  category: other
                  level: city
                """).file("reports/2023/fgj.yaml", "proactive:\n  regulations: {issued: 1, repealed: 0, inForce: 1}\n");
        assertEquals(List.of(), ReportValidator.check(project.firstReport()));
    }

    @Test
    void d1AReportPublishedAfterItsLegalDeadlineIsAWarning() {
        assertEquals(List.of("WARN reports/2023/fgj.yaml:1: D1 公开日期 2024-02-01 晚于法定期限 2024-01-31（《条例》第四十九条："
                + "县级以上人民政府部门每年1月31日前公布上一年度年报） / published after the deadline 2024-01-31"),
                findings("2023", "published: 2024-02-01\n"));
        assertEquals(List.of(), findings("2023", "published: 2024-01-31\n"));
        // Up to report year 2018 the old 条例 gave everyone until 31 March.
        assertEquals(List.of(), findings("2018", "published: 2019-03-31\nstatistics: []\n"));
        // The article gives 乡镇、街道 no earlier date than the county's own 31 March.
        SiteProject township = SiteProject.standard(dir.resolve("t")).file("bodies.yaml",
                "- {id: qaz, name: 庆安镇人民政府, category: township}\n")
                .file("reports/2023/qaz.yaml", "published: 2024-03-31\n");
        assertEquals(List.of(), ReportValidator.check(township.firstReport()));
    }

    @Test
    void d1TheCountyGovernmentHasUntilTheEndOfMarchAndANarrativeOnlyReportIsCheckedToo() {
        SiteProject project = SiteProject.standard(dir).file("bodies.yaml",
                "- {id: xzf, name: 庆安县人民政府, category: county_gov}\n")
                .file("reports/2023/xzf.md", "---\npublished: 2024-03-31\n---\n正文。\n");
        assertEquals(List.of(), ReportValidator.check(project.firstReport()));
        project.file("reports/2023/xzf.md", "---\npublished: 2024-04-01\n---\n正文。\n");
        assertEquals(List.of("reports/2023/xzf.md:2: D1 公开日期 2024-04-01 晚于法定期限 2024-03-31（《条例》第四十九条："
                + "县级以上地方人民政府的年报于每年3月31日前公布） / published after the deadline 2024-03-31"),
                ReportValidator.check(project.firstReport()).stream().map(Finding::toString).toList());
    }

    @Test
    void theRealLuchengDananReportIsConsistentOnceItsQiZhongIsASubset() {
        // 温州鹿城区大南街道 2018 (shared/reference/reports): "行政诉讼案件4件，其中1件已撤回，1件不予立案"
        // and "共接到举报投诉658件，其中市长热线转交421件". Two cases are unaccounted for, which the
        // original does not claim to list: no arithmetic is broken. Read as a breakdown it was P1 4 ≠ 2.
        String yaml = """
                published: 2019-03-01
                statistics:
                  - {label: 政府信息公开申请, value: 3, unit: 件}
                  - {label: 行政复议案件, value: 2, unit: 件}
                  - label: 行政诉讼案件
                    value: 4
                    unit: 件
                    ofWhich:
                      - {label: 已撤回, value: 1}
                      - {label: 不予立案, value: 1}
                  - label: 举报投诉
                    value: 658
                    unit: 件
                    ofWhich:
                      - {label: 市长热线转交, value: 421}
                """;
        assertEquals(List.of(), findings("2018", yaml));
        assertEquals(List.of("ERROR reports/2018/fgj.yaml:5: P1 “行政诉讼案件”：总数(4) ≠ 各分项之和(2)"),
                findings("2018", yaml.replaceFirst("ofWhich:", "parts:")));
    }

    @Test
    void m1AsciidocMarksThatWouldNotShowAsWrittenAreNamedWithTheirLine() {
        SiteProject project = SiteProject.standard(dir).file("reports/2023/fgj.yaml", CONSISTENT)
                .file("reports/2023/fgj.adoc", """
                        = 2023年报告
                        :published: 2024-01-20

                        全年共收到政府信息公开申请26件，1~12月均有受理。
                        其中1~3月、7~9月较多，占比10^2^分之一。

                        ----
                        1~3月、7~9月（代码块中原样显示）
                        ----

                        // 1~3月、7~9月（注释）
                        写作 1{tilde}3月、7{tilde}9月 或全角 1～3月、7～9月 的，原样显示。
                        """);
        List<String> found = ReportValidator.check(project.firstReport()).stream().map(Finding::toString).toList();
        assertEquals(List.of("reports/2023/fgj.adoc:5: M1 正文“~3月、7~”中两个 ~ 之间的文字会显示为下标（AsciiDoc 格式）；"
                + "原文如此时请把 ~ 写成 {tilde} 或全角“～” / text between two ~ shows as a subscript; write {tilde} to keep "
                + "it as written"), found);
    }

    @Test
    void m1IsOnlyForAsciidoc() {
        SiteProject project = SiteProject.standard(dir).file("reports/2023/fgj.yaml", CONSISTENT)
                .file("reports/2023/fgj.md", "---\npublished: 2024-01-20\n---\n其中1~3月、7~9月较多。\n");
        assertEquals(List.of(), ReportValidator.check(project.firstReport()));
    }
}
