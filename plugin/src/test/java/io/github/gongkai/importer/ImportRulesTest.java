package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.NarrativeBlock.Heading;
import io.github.gongkai.importer.NarrativeBlock.Paragraph;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.TextReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import rules one by one. */
class ImportRulesTest {

    private static ImportDocument text(String text) {
        return TextReader.parse("test.txt", text, false);
    }

    private static ImportDocument markdown(String text) {
        return TextReader.parse("test.md", text, true);
    }

    @Test
    void numberedShortLinesAreHeadingsAndNumberedSentencesAreParagraphs() {
        assertEquals(1, ReportOutline.level("一、概述"));
        assertEquals(2, ReportOutline.level("(一)把握重点,巩固成果"));
        assertEquals(2, ReportOutline.level("（三）因政府信息公开申请行政复议、提出行政诉讼的处理情况"));
        assertEquals(0, ReportOutline.level("(一)规范提升主动公开工作。严格执行相关政策文件规定的主动公开范围和事项"));
        assertEquals(0, ReportOutline.level("1、重简单公开,轻及时反馈。"));
        assertEquals(0, ReportOutline.level("一、本年新收政府信息公开申请数量和一些很长的说明文字，超过了标题应有的长度，所以它不是标题而是一段话"));
    }

    @Test
    void portalMetadataAndTitleAreReadFromTheTop() {
        ReportOutline outline = ReportOutline.read(text("""
                舟山市政务服务办公室 2020年政府信息公开工作年度报告
                发布日期:2021-01-25 浏览次数:

                一、总体情况
                正文。
                """), Set.of());
        assertEquals("舟山市政务服务办公室 2020年政府信息公开工作年度报告", outline.title());
        assertEquals("2021-01-25", outline.attributes().get("published"));
        assertEquals(List.of(new Heading(1, "一、总体情况", 4), new Paragraph("正文。", 5)), outline.blocks());
    }

    @Test
    void markdownHeadingsAndWrappedParagraphs() {
        ReportOutline outline = ReportOutline.read(markdown("""
                # 某某局2018年政府信息公开工作年度报告

                ## 一、概述

                第一行
                第二行。

                ### （一）主动公开
                """), Set.of());
        assertEquals("某某局2018年政府信息公开工作年度报告", outline.title());
        assertEquals(List.of(new Heading(1, "一、概述", 3), new Paragraph("第一行第二行。", 5),
                new Heading(2, "（一）主动公开", 8)), outline.blocks());
    }

    @Test
    void labelsLoseTallyWordsCausesAndChannels() {
        assertEquals("主动公开政府信息", ProseFigures.label("全年累计主动公开政府信息"));
        assertEquals("政府集中采购", ProseFigures.label("“政府集中采购信息”"));
        assertEquals("规范性文件", ProseFigures.label("“规范性文件”信息"));
        assertEquals("举报", ProseFigures.label("全年累计因政府信息公开工作引起举报"));
        assertEquals("当面提交", ProseFigures.label("通过公开受理窗口当面提交申请"));
        assertEquals("电子邮件", ProseFigures.label("通过电子邮件提交申请"));
        assertEquals("收到政府信息公开申请", ProseFigures.label("大南街道共收到政府信息公开申请"));
        assertEquals("公共企事业单位信息", ProseFigures.label("公共企事业单位信息"));
    }

    @Test
    void partsFollowQiZhongAndSiblingsStayTopLevel() {
        ProseFigures.Result result = ProseFigures.read(List.of(new Paragraph(
                "全年累计受理申请5件，其中当面提交2件；网上申请3件。全年累计因政府信息公开工作引起举报1起;投诉0起。", 7)));
        assertEquals(3, result.figures().size());
        assertEquals(List.of("当面提交", "网上申请"), result.figures().get(0).parts().stream()
                .map(ProseFigures.Figure::label).toList());
        assertEquals("投诉", result.figures().get(2).label());
        assertEquals("起", result.figures().get(2).unit());
    }

    @Test
    void aPartWithoutATotalIsReportedWithItsLine() {
        ProseFigures.Result result = ProseFigures.read(List.of(new Paragraph(
                "街道通过不同渠道主动公开政府信息。其中,街道官方微信发布信息782条。", 12)));
        assertTrue(result.figures().isEmpty());
        assertEquals(12, result.unplaced().get(0).line());
    }

    @Test
    void aPartWrittenFigureFirstIsAPartAndATopLevelOneIsNeverGuessed() {
        // 大南街道 2018: "行政诉讼案件4件，其中1件已撤回，1件不予立案。"
        ProseFigures.Result result = ProseFigures.read(List.of(new Paragraph(
                "2018年,大南街道共受理行政复议案件2件,当事人均已撤销复议。行政诉讼案件4件,其中1件已撤回,1件不予立案。"
                        + "全镇3件已办结。", 9)));
        assertEquals(List.of("受理行政复议案件", "行政诉讼案件"), result.figures().stream().map(ProseFigures.Figure::label).toList());
        assertEquals(List.of("已撤回 1件", "不予立案 1件"), result.figures().get(1).parts().stream()
                .map(f -> f.label() + " " + f.value() + f.unit()).toList());
    }

    @Test
    void aLabelLosesTheBodyBeforeItsYearAndTheBodyAsSubject() {
        assertEquals("主动公开政府信息", ProseFigures.label("鲁城街道2018年主动公开政府信息"));
        assertEquals("收到有关政府信息公开行政复议申请", ProseFigures.label("我乡收到有关政府信息公开行政复议申请"));
    }

    @Test
    void aHeadingAsWideAsThePageIsNotJoinedToTheSentenceAfterIt() {
        // 铜陵市郊区 2017 (import-corpus): short lines of about the same width made the copy look like a PDF's.
        ReportOutline outline = ReportOutline.read(io.github.gongkai.importer.read.DocumentReaders.read(
                java.nio.file.Path.of("src/test/resources/import-corpus/tongling-jiaoqu-xiang-2017.txt")), Set.of());
        assertEquals(List.of("一、概述", "二、主动公开政府信息情况", "三、依申请公开、不予公开及咨询政府信息情况",
                "四、申请行政复议、提起行政诉讼和申诉的情况", "五、政府信息公开的收费及减免情况", "六、工作存在的主要问题及下步打算"),
                outline.blocks().stream().filter(b -> b instanceof Heading h && h.level() == 1).map(b -> ((Heading) b).text())
                        .toList());
        assertTrue(outline.blocks().contains(new Paragraph("我乡收到有关政府信息公开行政复议申请0件。", 10)), outline.blocks().toString());
    }

    @Test
    void oneCellPerLineTablesAreRead() {
        OfficialTableRecogniser.Result tables = OfficialTableRecogniser.read(text("""
                第二十条第(九)项

                信息内容

                采购项目数量

                采购总金额

                政府集中采购

                  30

                 2792220.8元
                """), ReportFormat.V2019);
        assertEquals(List.of("30", "2792220.8元"), tables.proactive().get("procurement"));
        assertEquals(7, tables.used().size(), "the header, the label and the figures are all table, not narrative");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsReported() {
        OfficialTableRecogniser.Result tables = OfficialTableRecogniser.read(text("规章 | 0 | 0\n（一）予以公开 | 1 | 2\n"),
                ReportFormat.V2021);
        assertEquals(1, tables.unplaced().get(0).line());
        assertEquals(2, tables.unplaced().get(1).line());
        assertTrue(tables.proactive().isEmpty() && tables.applications().isEmpty());
    }
}
