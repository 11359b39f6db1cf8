package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.read.TextReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same official tables as other kinds of page print them: a 繁體 mirror, empty cells each on a "|" line,
 * full-width figures with thousands separators, a table under a wrongly numbered heading.
 */
class ImportVariantsTest {

    private static OfficialTableRecogniser.Result tables(String text, ReportFormat format) {
        return OfficialTableRecogniser.read(TextReader.parse("t.txt", text, false), format);
    }

    private static boolean named(OfficialTableRecogniser.Result t, String key) {
        return t.missing().stream().anyMatch(m -> m.key().equals(key));
    }

    @Test
    void aTraditionalCharacterMirrorIsReadByItsOfficialLabels() {
        var t = tables("""
                二、主動公開政府資訊情況
                第二十條第（一）項
                信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數
                規章 | 0 | 0 | 0
                行政規範性文件 | 3 | 1 | 12
                第二十條第（五）項
                信息內容 | 本年處理決定數量
                行政許可 | 97
                第二十條第（八）項
                信息內容 | 本年收費金額（單位：萬元）
                行政事業性收費 | 無
                三、收到和處理政府資訊公開申請情況
                申請人情況 | 自然人 | 法人或其他組織 | 總計
                一、本年新收政府資訊公開申請數量 | 5 | 1 | 0 | 0 | 0 | 0 | 6
                （二）部分公開（區分處理的，只計這一情形，不計其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1
                3.危及「三安全一穩定」 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                2.沒有現成信息需要另行製作 | 2 | 0 | 0 | 0 | 0 | 0 | 2
                4.無正當理由大量反覆申請 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                四、結轉下年度繼續辦理 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                四、政府資訊公開行政複議、行政訴訟情況
                0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0
                """, ReportFormat.V2021);
        assertEquals(List.of("3", "1", "12"), t.proactive().get("normativeDocuments"));
        assertEquals(List.of("97"), t.proactive().get("licensing"));
        assertEquals(Arrays.asList((String) null), t.proactive().get("fees"), "無 is an empty cell, never 0");
        assertEquals(List.of("5", "1", "0", "0", "0", "0", "6"), t.applications().get("received"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), t.applications().get("partial"));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), t.applications().get("denied.threeSafetyOneStability"));
        assertEquals(List.of("2", "0", "0", "0", "0", "0", "2"), t.applications().get("unable.needsCreation"));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), t.applications().get("notProcessed.massRepeat"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), t.applications().get("carriedOut"));
        assertEquals(List.of("1", "0", "0", "0", "1"), t.reviews().get("litigationDirect"));
        assertTrue(t.unplaced().isEmpty(), t.unplaced().toString());
    }

    @Test
    void kangxiRadicalsFromAPdfAreTheIdeographsTheyLookLike() {
        // 平城区文瀛湖街道 2021 (import-corpus) copies ⼯ ⼀ ⼈ (U+2F2F, U+2F00, U+2F08) from its PDF.
        var t = tables("信息内容 | 本年处理决定数量\n⾏政许可 | 5\n⾏政处罚 | 1\n", ReportFormat.V2021);
        assertEquals(List.of("5"), t.proactive().get("licensing"));
        assertEquals(List.of("1"), t.proactive().get("penalty"));
    }

    @Test
    void emptyCellsEachOnALineOfTheirOwnAreEmptyAndAFigureAfterThemIsNotTaken() {
        // 天门市胡市镇 2019: "规章 |" then a "|" line for each of its three empty cells.
        var t = tables("规章 |\n|\n|\n|\n规范性文件 | 2 | 0 | 83 |\n", ReportFormat.V2019);
        assertEquals(Arrays.asList(null, null, null), t.proactive().get("regulations"));
        assertEquals(List.of("2", "0", "83"), t.proactive().get("normativeDocuments"));
        // Two "|" lines then figures: one cell a line with its figures below, not empty cells.
        var below = tables("规章 |\n|\n0 |\n|\n0 |\n|\n0 |\n规范性文件 | 2 | 0 | 83 |\n", ReportFormat.V2019);
        assertEquals(List.of("0", "0", "0"), below.proactive().get("regulations"));
        // Fewer "|" lines than cells: not the row's empty cells; the row is named, never guessed.
        var fewer = tables("规章 |\n|\n规范性文件 | 2 | 0 | 83 |\n", ReportFormat.V2019);
        assertNull(fewer.proactive().get("regulations"));
        assertTrue(named(fewer, "proactive.regulations"), fewer.missing().toString());
    }

    @Test
    void aCellLostBetweenBlankLinesLeavesItsRowNamedNotShifted() {
        // Text copied from a PDF a cell a paragraph: an empty cell leaves only more blank lines, which do not say
        // which cell it was (驼峰路街道 2020 shows their count is not kept), so the row is named, never guessed.
        var t = tables("规章\n\n0\n\n\n\n0\n\n行政规范性文件\n\n1\n\n2\n\n3\n", ReportFormat.V2021);
        assertEquals(List.of("1", "2", "3"), t.proactive().get("normativeDocuments"));
        assertNull(t.proactive().get("regulations"));
        assertTrue(named(t, "proactive.regulations"), t.missing().toString());
        assertTrue(t.unplaced().stream().anyMatch(u -> u.toString().contains("应有 3 个数，这里有 2 个")), t.unplaced().toString());
    }

    @Test
    void fullWidthFiguresAndThousandsSeparatorsAreTheNumbersPrinted() {
        var t = tables("""
                信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
                行政规范性文件 | １２ | ０ | １，２３４
                信息内容 | 本年处理决定数量
                行政许可 | 1,234
                行政处罚 | ３　
                信息内容 | 本年收费金额（单位：万元）
                行政事业性收费 | 0.00
                """, ReportFormat.V2021);
        assertEquals(List.of("12", "0", "1234"), t.proactive().get("normativeDocuments"));
        assertEquals(List.of("1234"), t.proactive().get("licensing"));
        assertEquals(List.of("3"), t.proactive().get("penalty"));
        assertEquals(List.of("0.00"), t.proactive().get("fees"), "0.00 as printed");
    }

    @Test
    void aFeeInTheHeadersUnitIsItsNumberAndOneInYuanIsNamedNotConverted() {
        var wan = tables("信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 0.5万元\n", ReportFormat.V2021);
        assertEquals(List.of("0.5"), wan.proactive().get("fees"));
        var yuan = tables("信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 5000元\n", ReportFormat.V2021);
        assertNull(yuan.proactive().get("fees"));
        assertTrue(named(yuan, "proactive.fees"));
        assertTrue(yuan.unplaced().stream().anyMatch(u -> u.toString().contains("5000元") && u.toString().contains("万元")),
                yuan.unplaced().toString());
    }

    @Test
    void aTableUnderAWronglyNumberedHeadingIsKnownByItsRows() {
        // 表三 printed under the heading "表二": the rows, not the heading's number, say which table it is.
        var t = tables("""
                表二：收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4
                二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                """, ReportFormat.V2021);
        assertEquals(List.of("4", "0", "0", "0", "0", "0", "4"), t.applications().get("received"));
        assertTrue(t.proactive().isEmpty(), t.proactive().toString());
    }
}
