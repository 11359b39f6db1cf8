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
 * Cells and labels as real portals print them (the lines are the corpus's, import-corpus/SOURCES.md):
 * signs, empty marks, a province's notes inside a label, a header line ending in 总计, a unit in the
 * header, a row cut after its first figure.
 */
class ImportCellsTest {

    private static OfficialTableRecogniser.Result tables(String text, ReportFormat format) {
        return OfficialTableRecogniser.read(TextReader.parse("t.txt", text, false), format);
    }

    @Test
    void aSignBeforeAFigureIsItsSignAndEveryDashOrSlashAloneIsAnEmptyCell() {
        // 荔湾区南源街道 2020 prints 本年增/减 "+19"; 湖北's note asks for "-8"; full-width forms from Word.
        var t = tables("""
                行政许可 | 21 | +19 | 40 |
                其他对外管理服务事项 | 3 | －8 | ／ |
                行政处罚 | ０ | － | −2 |
                """, ReportFormat.V2019);
        assertEquals(List.of("21", "19", "40"), t.proactive().get("licensing"));
        assertEquals(Arrays.asList("3", "-8", null), t.proactive().get("otherServices"));
        assertEquals(Arrays.asList("0", null, "-2"), t.proactive().get("penalty"));
        assertTrue(t.unplaced().isEmpty(), t.unplaced().toString());
    }

    @Test
    void anOfficialLabelWithTheProvincesNoteAfterItIsItsRow() {
        // 黄陂区 2020 (湖北's form): notes inside the label cells, one cell a line, an extra row of 湖北's own.
        var t = tables("""
                |
                规章(设区的市、自治州人民政府应提供相关数据) |
                0 |
                0 |
                0 |
                |
                规范性文件(行政机关制定发布的决定、公告、通告、意见、通 知,以及标题采用“规定”“办法”等字样的公文) |
                87 |
                0 |
                0 |
                |
                其他主动公开文件(含以本单位或本单位办公室名义正式签发的主动公 开文件) |
                5 |
                5 |
                5 |
                """, ReportFormat.V2019);
        assertEquals(List.of("0", "0", "0"), t.proactive().get("regulations"));
        assertEquals(List.of("87", "0", "0"), t.proactive().get("normativeDocuments"));
        assertEquals(2, t.proactive().size(), "湖北's extra row is no official row: " + t.proactive());
    }

    @Test
    void aHeaderLineEndingIn总计IsNotThe总计RowLeftEmpty() {
        // 九原区政务服务局 2022: the header of 表三 flattened with the empty cells of its merged columns.
        var t = tables("""
                自然人 | 法人或其他组织 | 总计 | |||||||
                商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
                一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||
                """, ReportFormat.V2021);
        assertNull(t.applications().get("total"));
        assertTrue(t.missing().stream().anyMatch(m -> m.key().equals("applications.total")), t.missing().toString());
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), t.applications().get("received"));
    }

    @Test
    void aRowCutAfterItsFirstFigureIsMissingNotALone总计() {
        // 九原区政务服务局 2022: the stored copy ends "4.保护第三方合法权益 | 1 | " (the 自然人 cell).
        var t = tables("""
                3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
                4.保护第三方合法权益 | 1 |\s
                """, ReportFormat.V2021);
        assertNull(t.applications().get("denied.thirdParty"));
        assertTrue(t.missing().stream().anyMatch(m -> m.key().equals("applications.denied.thirdParty")));
        assertTrue(t.unplaced().stream().anyMatch(u -> u.toString().contains("只有 1 个数")), t.unplaced().toString());
        // A copy that keeps only the 总计 of every row still reads it as 总计 (舟山 2020).
        var onlyTotals = tables("一、本年新收政府信息公开申请数量 | 3 |\n二、上年结转政府信息公开申请数量 | 0 |\n", ReportFormat.V2021);
        assertEquals(Arrays.asList(null, null, null, null, null, null, "3"), onlyTotals.applications().get("received"));
    }

    @Test
    void anAmountKeepsTheUnitItsHeaderPrints() {
        // 越秀区北京街道 2020: "采购总金额(万元)" over the cell "477.35"; 上海 2019 prints the unit in the cell.
        var t = tables("""
                信息内容 | 采购项目数量 | 采购总金额(万元) |
                政府集中采购 | 13 | 477.35 |
                """, ReportFormat.V2019);
        assertEquals(List.of("13", "477.35万元"), t.proactive().get("procurement"));
        var inCell = tables("信息内容 | 采购项目数量 | 采购总金额 |\n政府集中采购 | 6 | 251000元 |\n", ReportFormat.V2019);
        assertEquals(List.of("6", "251000元"), inCell.proactive().get("procurement"));
    }

    @Test
    void aTableThatPrintsIts总计ColumnFirstIsReadInTheOfficialOrder() {
        // 龙岗区 2024's figures (import-corpus/longgang-bm-2024.txt) under a header that puts 总计 first.
        var t = tables("""
                (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
                总计 | 自然人 | 法人或其他组织 |
                商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |
                一、本年新收政府信息公开申请数量 | 66 | 58 | 7 | 0 | 0 | 1 | 0 |
                """, ReportFormat.V2021);
        assertEquals(List.of("58", "7", "0", "0", "1", "0", "66"), t.applications().get("received"));
        var official = tables("自然人 | 法人或其他组织 | 总计 |\n一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |\n",
                ReportFormat.V2021);
        assertEquals(List.of("58", "7", "0", "0", "1", "0", "66"), official.applications().get("received"));
    }
}
