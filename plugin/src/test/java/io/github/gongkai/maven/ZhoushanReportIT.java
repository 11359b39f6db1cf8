package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.testing.SiteLinks;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The 2019 trial format on a real report: 舟山市政务服务办公室 2020 (src/it/zhoushan-v2019), its
 * table 二 as published and table 三 completed with zeros where the stored copy stops.
 */
class ZhoushanReportIT {

    private static final Document PAGE = SiteLinks.parse(Path.of(System.getProperty("gongkai.it.dir", "target/it"))
            .resolve("zhoushan-v2019/target/site/ndbg/2020/zwfwb.html"));

    private static List<String> cells(Element row) {
        return row.select("th, td").stream().map(Element::text).toList();
    }

    @Test
    void tableTwoHasTheTrialFormatsColumnsAndItemNine() {
        List<Element> rows = PAGE.select("table#t2 tbody tr");
        assertEquals(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), cells(rows.get(1)));
        assertEquals(List.of("规范性文件", "0", "0", "0"), cells(rows.get(3)));
        assertEquals(List.of("其他对外管理服务事项", "0", "0", "0"), cells(rows.get(7)));
        assertEquals(List.of("信息内容", "上一年项目数量", "本年增/减"), cells(rows.get(13)));
        assertEquals(List.of("第二十条第（九）项"), cells(rows.get(15)));
        assertEquals(List.of("信息内容", "采购项目数量", "采购总金额"), cells(rows.get(16)));
        assertEquals(List.of("政府集中采购", "30", "2792220.8元"), cells(rows.get(17)));
    }

    @Test
    void tableThreeHasTwentyThreeRowsWithASingleOtherRowAndEmptyApplicantColumns() {
        List<Element> rows = PAGE.select("table#t3 tbody tr");
        assertEquals(23, rows.size());
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "0"), cells(rows.get(0)));
        assertEquals("20", rows.get(2).selectFirst("th").attr("rowspan"));
        assertEquals(List.of("（六）其他处理", "0", "0", "0", "0", "0", "0", "0"), cells(rows.get(20)));
        assertEquals(List.of("（七）总计", "0", "0", "0", "0", "0", "0", "0"), cells(rows.get(21)));
    }
}
