package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.NarrativeBlock.Heading;
import io.github.gongkai.importer.NarrativeBlock.Paragraph;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.TextReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layouts in which published reports print their tables and text, each from real lines
 * (the corpus's reports, and the lines quoted in issue #23).
 */
class ImportLayoutsTest {

    private static OfficialTableRecogniser.Result tables(String text) {
        return OfficialTableRecogniser.read(TextReader.parse("t.txt", text, false), ReportFormat.V2021);
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void theGroupCellLeadsTheRow() {
        // 广州海珠 官洲街道 2023: the rowspan cells 三、本年度办理结果 and (三)不予公开 come first.
        var t = tables("""
                三、本年度办理结果 | (一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                (三)不予公开 | 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                """);
        assertEquals(row("0", "0", "0", "0", "0", "0", "0"), t.applications().get("granted"));
        assertEquals(row("2", "0", "0", "0", "0", "0", "2"), t.applications().get("denied.stateSecret"));
    }

    @Test
    void aTableCopiedFromABrowserHasTabsBetweenItsCellsAndTwoTabsForAnEmptyOne() {
        // 沭阳县发改局 2023 copied from its page in Chromium (import-corpus/shuyang-fgj-2023-tabs.txt):
        // the 法人或其他组织 columns are empty, the rowspan cell only on the group's first row.
        var t = tables("一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26\n"
                + "三、本年度办理结果\t（一）予以公开\t26\t\t\t\t\t\t26\n"
                + "2.其他法律行政法规禁止公开\t0\t\t\t\t\t\t0\n"
                + "规章\t0\t0\t0\n");
        assertEquals(Arrays.asList("26", null, null, null, null, null, "26"), t.applications().get("received"));
        assertEquals(Arrays.asList("26", null, null, null, null, null, "26"), t.applications().get("granted"));
        assertEquals(Arrays.asList("0", null, null, null, null, null, "0"), t.applications().get("denied.otherLaw"));
    }

    @Test
    void aStrayTabAfterAHeadingOrAnIndentDoesNotMakeATableRow() {
        var document = TextReader.parse("t.txt", "一、总体情况\t\n\t本年度，我局认真贯彻落实《条例》。\n", false);
        assertEquals(List.of("一、总体情况", "本年度，我局认真贯彻落实《条例》。"),
                document.blocks().stream().map(b -> ((io.github.gongkai.importer.document.Block.Paragraph) b).text()).toList());
    }

    @Test
    void aRowWhoseGroupIsOnAnEarlierLineIsStillItsGroupsRow() {
        var t = tables("| 2.没有现成信息需要另行制作 | 47 | 1 | 0 | 0 | 0 | 0 | 48 |\n");
        assertEquals(row("47", "1", "0", "0", "0", "0", "48"), t.applications().get("unable.needsCreation"));
    }

    @Test
    void leadingAndTrailingEmptyCellsAndLabelsWithoutTheirNumbers() {
        var t = tables("""
                |  | 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 2 | 0 | 710 |  |
                | 上年结转政府信息公开申请数量 | 18 | | | | | | 18 |
                | 予以公开 | 258 | 12 | | | 1 | 1 | |
                """);
        assertEquals(row("705", "3", "0", "0", "2", "0", "710"), t.applications().get("received"));
        assertEquals(Arrays.asList("18", null, null, null, null, null, "18"), t.applications().get("carriedIn"));
        // Shanghai 2019 leaves 总计 empty: it stays empty, it is not computed nor read as 0.
        assertEquals(Arrays.asList("258", "12", null, null, "1", "1", null), t.applications().get("granted"));
    }

    @Test
    void figuresSeparatedByBlanks() {
        var t = tables("""
                行政许可 97
                行政处罚  1472
                本年新收政府信息公开申请数量 1 0 0 0 0 0 1
                （二）部分公开（区分处理的，只计这一情形，不计其他情形）　1　0　0　0　0　0　1
                """);
        assertEquals(row("97"), t.proactive().get("licensing"));
        assertEquals(row("1472"), t.proactive().get("penalty"));
        assertEquals(row("1", "0", "0", "0", "0", "0", "1"), t.applications().get("received"));
        assertEquals(row("1", "0", "0", "0", "0", "0", "1"), t.applications().get("partial"));
    }

    @Test
    void tableFourPrintedAsThreeTablesOfFive() {
        // Shanghai 2019's figures, printed the way some bodies print 表四: one small table per group.
        var t = tables("""
                四、政府信息公开行政复议、行政诉讼情况
                行政复议
                结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                5 | | | 2 | 7
                行政诉讼（未经复议直接起诉）
                结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                8 | | | 1 | 9
                行政诉讼（复议后起诉）
                结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                0 | 0 | 0 | 0 | 0
                五、存在的主要问题及改进情况
                """);
        assertEquals(Arrays.asList("5", null, null, "2", "7"), t.reviews().get("review"));
        assertEquals(Arrays.asList("8", null, null, "1", "9"), t.reviews().get("litigationDirect"));
        assertEquals(row("0", "0", "0", "0", "0"), t.reviews().get("litigationAfterReview"));
        assertTrue(t.missing().stream().noneMatch(m -> m.table().equals("表四")), t.missing().toString());
    }

    @Test
    void aRowNotFoundIsMissingAndNeverZero() {
        var t = tables("规章 | 0 | 0 | 0\n行政规范性文件 | 1 | 0 | 5\n");
        assertNull(t.proactive().get("licensing"));
        assertTrue(t.missing().stream().anyMatch(m -> m.key().equals("proactive.licensing") && m.label().equals("行政许可")));
        String yaml = StatisticsYaml.national("c", ReportFormat.V2021, null, t, true);
        assertTrue(yaml.contains("licensing: {decisions: null}"), yaml);
        assertTrue(yaml.contains("received: [null, null, null, null, null, null, null]"), yaml);
        assertFalse(yaml.contains("acknowledged"), yaml);
        assertFalse(StatisticsYaml.national("c", ReportFormat.V2021, null, t, false).contains("licensing"));
    }

    @Test
    void anInconsistentOriginalIsToldWithBothSidesOfItsEquation() {
        var t = tables("""
                一、本年新收政府信息公开申请数量 | 26 | 0 | 0 | 0 | 0 | 0 | 26
                二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                （七）总计 | 25 | 0 | 0 | 0 | 0 | 0 | 25
                四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                """);
        List<String> errors = TableArithmetic.check(t, ReportFormat.V2021);
        assertTrue(errors.contains("表三“自然人”列：一、本年新收 + 二、上年结转 = 26 + 0 = 26，（七）总计 + 四、结转下年度 = 25 + 0 = 25"),
                errors.toString());
    }

    /** The text printed {@code width} characters a line, a blank line after each (one paragraph a printed line). */
    private static String printed(int width, String text) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            lines.append(text, i, Math.min(text.length(), i + width)).append("\n\n");
        }
        return lines.toString();
    }

    /** 沭阳县发改局 2023 as text copied from a PDF of it: a printed line a paragraph, page numbers kept. */
    @Test
    void textCopiedFromAPdfBecomesWholeParagraphsAndHeadings() {
        String intro = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现向社会公布沭阳县发展和改革局2023年度"
                + "政府信息公开年度报告。";
        String general = "2023年，县发展和改革局认真贯彻执行省、市、县有关文件精神，不断强化依法公开理念，完善配套制度规范，"
                + "积极开展各项政务信息公开工作，不断拓展政府信息公开的内容，取得了良好的效果。";
        String heading = "（三）完善公开制度规范，加强政府信息管理";
        String copied = "# 沭阳县发展和改革局2023年政府信息公开年度报告\n\n" + printed(16, intro) + "一、总体情况\n\n"
                + printed(16, general.substring(0, 32)) + "— 1 —\n\n" + printed(16, general.substring(32))
                + "-2-\n\n" + printed(16, heading) + "五、存在的主要问题及整改措施\n";
        ImportDocument document = TextReader.parse("copy.txt", copied, false);
        ReportOutline outline = ReportOutline.read(document, java.util.Set.of());
        assertEquals("沭阳县发展和改革局2023年政府信息公开年度报告", outline.title());
        List<String> blocks = new ArrayList<>();
        for (NarrativeBlock block : outline.blocks()) {
            blocks.add(block instanceof Heading h ? "H" + h.level() + " " + h.text() : ((Paragraph) block).text());
        }
        assertEquals(List.of(intro, "H1 一、总体情况", general, "H2 " + heading, "H1 五、存在的主要问题及整改措施"), blocks);
    }
    @Test
    void aNumberedLabelPrintedWithWordsLeftOutIsItsRow() {
        // 洪泽区人民政府 2023 and 2024 (PDF): the group's rowspan text, then "2.其他法律行政止公开" for
        // 2.其他法律行政法规禁止公开.
        for (String line : List.of("| 三 | 2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n",
                "| 三、 | 2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n")) {
            var t = tables(line);
            assertEquals(row("0", "0", "0", "0", "0", "0", "0"), t.applications().get("denied.otherLaw"), line);
            assertTrue(t.unplaced().isEmpty(), t.unplaced().toString());
        }
    }

    @Test
    void aLabelWithWordsLeftOutButAnotherNumberIsNotTaken() {
        // The same words under the number 3. name no official row: the figures are not placed anywhere.
        var t = tables("| 3.其他法律行政止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n");
        assertNull(t.applications().get("denied.otherLaw"));
        assertEquals(1, t.unplaced().size(), t.unplaced().toString());
    }

    @Test
    void aCommaWhereTheOfficialLabelHasAnEnumerationComma() {
        // 沭阳县人民政府 2025 (text as found).
        var t = tables("| 1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |\n");
        assertEquals(row("9", "0", "0", "0", "0", "0", "9"), t.applications().get("other.noCorrection"));
    }
    @Test
    void figuresOnTheMiddleLineOfAWrappedLabel() {
        // 沭阳县人民政府 2025 printed without ruling lines (LibreOffice, borders off): the figures sit
        // on the middle line of the wrapped label, its start above and its end below.
        var t = tables("""
                | （一）予以公开 | 290 | 1 | 0 | 0 | 3 | 0 | 294 |
                | （二）部分公开（区分处理的，只计这一情形，不 |
                | 99 | 0 | 0 | 0 | 2 | 0 | 101 |
                | 计其他情形） |
                | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | （六）其 | 2.申请人逾期未按收费通知要求缴纳费 |
                | 他处理 | 用、行政机关不再处理其政府信息公开 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |
                | 申请 |
                """);
        assertEquals(row("99", "0", "0", "0", "2", "0", "101"), t.applications().get("partial"));
        // The group's own wrapped text (（六）其 / 他处理) in the first column is not part of the label.
        assertEquals(row("7", "0", "0", "0", "0", "0", "7"), t.applications().get("other.feeUnpaid"));
        assertEquals(row("0", "0", "0", "0", "0", "0", "0"), t.applications().get("denied.stateSecret"));
        assertTrue(t.unplaced().isEmpty(), t.unplaced().toString());
    }

    @Test
    void tableFourPrintedAGroupARowWithItsLabel() {
        var t = tables("""
                四、政府信息公开行政复议、行政诉讼情况
                | 行政复议 | 5 | | | 2 | 7 | |
                | 行政诉讼 | 未经复议直接起诉 | 8 | 0 | 0 | 1 | 9 |
                | 行政诉讼 | 复议后起诉 | 0 | 0 | 0 | 0 | 0 |
                五、存在的主要问题及改进情况
                """);
        assertEquals(Arrays.asList("5", null, null, "2", "7"), t.reviews().get("review"));
        assertEquals(row("8", "0", "0", "1", "9"), t.reviews().get("litigationDirect"));
        assertEquals(row("0", "0", "0", "0", "0"), t.reviews().get("litigationAfterReview"));
        assertTrue(t.missing().stream().noneMatch(m -> m.table().equals("表四")), t.missing().toString());
    }

    @Test
    void aCopyCutInsideTableFourKeepsTheGroupsBeforeTheCutAndNamesTheRest() {
        var t = tables("""
                四、政府信息公开行政复议、行政诉讼情况
                行政复议 行政诉讼
                结果维持 结果纠正 其他结果 尚未审结 总计
                1 0 0 0 1 0 0 0 0 0
                """);
        assertEquals(row("1", "0", "0", "0", "1"), t.reviews().get("review"));
        assertEquals(row("0", "0", "0", "0", "0"), t.reviews().get("litigationDirect"));
        assertEquals(List.of("reviewsAndLitigation.litigationAfterReview"), t.missing().stream()
                .filter(m -> m.table().equals("表四")).map(OfficialTableRecogniser.Missing::key).toList());
    }
}
