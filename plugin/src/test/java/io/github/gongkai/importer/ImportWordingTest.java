package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.NarrativeBlock.Heading;
import io.github.gongkai.importer.read.TextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels and headings worded or numbered otherwise than the official format: 其它 for 其他, a word
 * left out, a label wrapped where the copy lost the table's heading, sections numbered 一. or 第一部分.
 */
class ImportWordingTest {

    private static OfficialTableRecogniser.Result tables(String text) {
        return OfficialTableRecogniser.read(TextReader.parse("t.txt", text, false), ReportFormat.V2021);
    }

    @Test
    void 其它IsRead其他AndALabelWithOneWordLeftOutIsItsRow() {
        var t = tables("""
                行政事业收费 | 0.5 |
                2.其它法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                """);
        assertEquals(List.of("0.5"), t.proactive().get("fees"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), t.applications().get("denied.otherLaw"));
        // Two characters left out of a short label is another label, not this one: 行政罚 is no row.
        assertTrue(tables("行政罚 | 3 |\n").proactive().isEmpty());
    }

    @Test
    void aLabelWrappedBeforeItsCellsIsItsRowWhereTheCopyLostTheTablesHeading() {
        var d = TextReader.parse("t.txt", """
                (二)部分公开(区分处理的,只计这一情形,不计
                其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |
                """, false);
        var t = OfficialTableRecogniser.read(d, ReportFormat.V2021);
        assertEquals(List.of("16", "1", "0", "0", "0", "0", "17"), t.applications().get("partial"));
        assertEquals(List.of(), ReportOutline.read(d, t.used()).blocks(), "no piece of the label in the narrative");
    }

    @Test
    void sectionsNumbered一DotOr第一部分AreSectionsAndTheirTablesAreTables() {
        var d = TextReader.parse("t.txt", """
                某某局2023年政府信息公开工作年度报告
                一.总体情况
                正文。
                第二部分 主动公开政府信息情况
                行政许可 | 3 |
                三．收到和处理政府信息公开的申请情况
                (二)部分公开(区分处理的,只计这一情形,不计
                其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |
                第五部分 存在的主要问题及改进情况
                问题。
                """, false);
        var t = OfficialTableRecogniser.read(d, ReportFormat.V2021);
        assertEquals(List.of("3"), t.proactive().get("licensing"));
        assertEquals(List.of("16", "1", "0", "0", "0", "0", "17"), t.applications().get("partial"));
        assertEquals(List.of("一.总体情况", "第二部分 主动公开政府信息情况", "三．收到和处理政府信息公开的申请情况",
                "第五部分 存在的主要问题及改进情况"), ReportOutline.read(d, t.used()).blocks().stream()
                        .filter(b -> b instanceof Heading h && h.level() == 1).map(b -> ((Heading) b).text()).toList());
    }
}
