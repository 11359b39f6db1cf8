package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NarrativeSanitizerTest {

    @Test
    void scriptsHandlersJavascriptLinksAndFramesAreRemoved() {
        assertEquals("<p>正文</p><p><img src=\"../../assets/a.png\" alt=\"\"><a>点此</a></p>",
                NarrativeSanitizer.clean("<p>正文</p><script>alert(1)</script><p><img src=\"../../assets/a.png\" "
                        + "onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">点此</a></p>"
                        + "<iframe src=\"https://example.invalid/\"></iframe><form action=\"x\"><input></form>"));
    }

    @Test
    void theStructureOfAsciidoctorOutputAndTablesIsKept() {
        String html = "<div class=\"sect1\"><h2 id=\"_一总体情况\">一、总体情况</h2><div class=\"sectionbody\">"
                + "<table class=\"tableblock\"><tr><th scope=\"col\" colspan=\"2\">项目</th></tr>"
                + "<tr><td headers=\"h1\" rowspan=\"2\">1</td></tr></table>"
                + "<p><a href=\"#_一总体情况\">一</a> <a href=\"../2017/fgj.html\">2017</a> "
                + "<a href=\"https://www.gov.cn/\">中国政府网</a></p></div></div>";
        assertEquals(html.replace("<table class=\"tableblock\">", "<table class=\"tableblock\"><tbody>")
                .replace("</table>", "</tbody></table>"), NarrativeSanitizer.clean(html));
    }

    @Test
    void theTableMarkerPassesTheSanitizer() {
        String marker = TablePlacement.marker("三");
        assertEquals("<p>前</p>" + marker, NarrativeSanitizer.clean("<p>前</p>" + marker));
    }
}
