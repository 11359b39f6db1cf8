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
}
