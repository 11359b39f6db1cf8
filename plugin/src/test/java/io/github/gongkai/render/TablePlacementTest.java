package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablePlacementTest {

    private static Map<String, TablePlacement.Section> tables() {
        Map<String, TablePlacement.Section> tables = new LinkedHashMap<>();
        tables.put("二", new TablePlacement.Section("二、主动公开政府信息情况", "[T2]"));
        tables.put("三", new TablePlacement.Section("三、收到和处理政府信息公开申请情况", "[T3]"));
        tables.put("四", new TablePlacement.Section("四、政府信息公开行政复议、行政诉讼情况", "[T4]"));
        return tables;
    }

    @Test
    void tablesGoRightUnderTheirSectionHeadings() {
        String html = "<h2 id=\"_一\">一、总体情况</h2><p>a</p><h2 id=\"_二\">二、主动公开政府信息情况</h2><p>b</p>"
                + "<h2>三、收到和处理政府信息公开申请情况</h2><h2>四、政府信息公开行政复议、行政诉讼情况</h2>";
        assertEquals("<h2 id=\"_一\">一、总体情况</h2><p>a</p><h2 id=\"_二\">二、主动公开政府信息情况</h2>\n[T2]<p>b</p>"
                + "<h2>三、收到和处理政府信息公开申请情况</h2>\n[T3]<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n[T4]",
                TablePlacement.place(html, tables()));
    }

    @Test
    void aMacroPlacesATableWhereTheAuthorWantsIt() {
        String html = "<h2>一、总体情况</h2>" + TablePlacement.marker("三") + "<p>x</p><p>{{gongkai-table 二}}</p>"
                + "<h2>三、收到和处理政府信息公开申请情况</h2>";
        assertEquals("<h2>一、总体情况</h2>[T3]<p>x</p>[T2]<h2>三、收到和处理政府信息公开申请情况</h2>"
                + "\n<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n[T4]", TablePlacement.place(html, tables()),
                "a table placed by a macro is not placed again under its heading; a missing heading is added");
    }

    @Test
    void anUnknownOrRepeatedTableIsShownAsAnErrorInThePage() {
        String html = TablePlacement.marker("五") + TablePlacement.marker("二") + TablePlacement.marker("二");
        String placed = TablePlacement.place(html, tables());
        assertEquals("<p class=\"table-error\">【无法插入统计表“五”：应为二、三或四，且每张表只能插入一次】</p>[T2]"
                + "<p class=\"table-error\">【无法插入统计表“二”：应为二、三或四，且每张表只能插入一次】</p>"
                + "\n<h2>三、收到和处理政府信息公开申请情况</h2>\n[T3]\n<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n[T4]",
                placed);
    }

    @Test
    void aProvincialNumberingDoesNotPutTableTwoUnderSectionTwo() {
        // 二、工作机制保障 … 三、主动公开工作情况: the numeral 二 is not table 二's section.
        String html = "<h2>一、总体情况</h2><h2>二、工作机制保障</h2><p>a</p><h2>三、主动公开工作情况</h2>"
                + "<h3>（一）主动公开政府信息情况</h3><p>b</p><h2>四、收到和处理政府信息公开申请的情况</h2>"
                + "<h2>五、因政府信息公开工作被申请行政复议和提起行政诉讼情况</h2>";
        assertEquals("<h2>一、总体情况</h2><h2>二、工作机制保障</h2><p>a</p><h2>三、主动公开工作情况</h2>"
                + "<h3>（一）主动公开政府信息情况</h3>\n[T2]<p>b</p><h2>四、收到和处理政府信息公开申请的情况</h2>\n[T3]"
                + "<h2>五、因政府信息公开工作被申请行政复议和提起行政诉讼情况</h2>\n[T4]", TablePlacement.place(html, tables()));
    }

    @Test
    void tablesInAnAppendixGoUnderTheirTitlesThere() {
        String html = "<h2>一、总体情况</h2><h2>二、主动公开情况</h2><p>见附表。</p><h2>附件</h2>"
                + "<h3>表1 主动公开政府信息情况</h3><h3>表2 收到和处理政府信息公开申请情况</h3>"
                + "<h3>表3 政府信息公开行政复议、行政诉讼情况</h3>";
        assertEquals("<h2>一、总体情况</h2><h2>二、主动公开情况</h2><p>见附表。</p><h2>附件</h2>"
                + "<h3>表1 主动公开政府信息情况</h3>\n[T2]<h3>表2 收到和处理政府信息公开申请情况</h3>\n[T3]"
                + "<h3>表3 政府信息公开行政复议、行政诉讼情况</h3>\n[T4]", TablePlacement.place(html, tables()),
                "the official titles win over 二、主动公开情况");
    }

    @Test
    void aHeadingWithTheNumeralButAnotherSubjectGetsNoTable() {
        String html = "<h2>二、工作机制保障</h2><h2>三、平台建设</h2><h2>四、监督保障</h2>";
        assertEquals(html + "\n<h2>二、主动公开政府信息情况</h2>\n[T2]\n<h2>三、收到和处理政府信息公开申请情况</h2>\n[T3]"
                + "\n<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n[T4]", TablePlacement.place(html, tables()));
    }

    @Test
    void theShortFormOfAnOfficialSectionStillPlacesItsTable() {
        String html = "<h2>二、主动公开情况</h2><h2>三、依申请公开情况</h2><h2>四、行政复议和行政诉讼情况</h2>";
        assertEquals("<h2>二、主动公开情况</h2>\n[T2]<h2>三、依申请公开情况</h2>\n[T3]<h2>四、行政复议和行政诉讼情况</h2>\n[T4]",
                TablePlacement.place(html, tables()));
    }

    @Test
    void aSubHeadingOfTheOverviewRepeatingTheTitleDoesNotTakeTheTable() {
        String html = "<h2>一、总体情况</h2><h3>（一）主动公开政府信息情况</h3><p>a</p><h2>二、主动公开政府信息情况</h2>";
        assertEquals("<h2>一、总体情况</h2><h3>（一）主动公开政府信息情况</h3><p>a</p><h2>二、主动公开政府信息情况</h2>\n[T2]"
                + "\n<h2>三、收到和处理政府信息公开申请情况</h2>\n[T3]\n<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n[T4]",
                TablePlacement.place(html, tables()));
    }

    @Test
    void withoutTheOfficialTitlesTheSectionOnTheSameSubjectTakesTheTable() {
        // A provincial structure: 二、工作机制保障 … 三、主动公开工作情况 … 四、依申请公开工作情况.
        String html = "<h2>一、总体情况</h2><h3>（一）主动公开</h3><h2>二、工作机制保障</h2><h2>三、主动公开工作情况</h2>"
                + "<h2>四、依申请公开工作情况</h2><h2>五、行政复议、行政诉讼情况</h2>";
        assertEquals("<h2>一、总体情况</h2><h3>（一）主动公开</h3><h2>二、工作机制保障</h2><h2>三、主动公开工作情况</h2>\n[T2]"
                + "<h2>四、依申请公开工作情况</h2>\n[T3]<h2>五、行政复议、行政诉讼情况</h2>\n[T4]", TablePlacement.place(html, tables()));
    }
}
