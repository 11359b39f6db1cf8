package io.github.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void aScriptThatSetsOneGlobalWithEachReportsTextOnOneLine() {
        String script = new String(SearchIndex.script(List.of(new SearchIndex.Entry("平顺街道2018年报",
                "ndbg/2018/pingshun.html", 2018, "庆安县平顺街道办事处 平顺街道办事处", "街道",
                "一、概述\n\n  全年累计主动公开政府信息11条。\"引号\""))), StandardCharsets.UTF_8);

        assertEquals("""
                window.GONGKAI_SEARCH_INDEX = [
                  {
                    "t": "平顺街道2018年报",
                    "u": "ndbg/2018/pingshun.html",
                    "y": 2018,
                    "n": "庆安县平顺街道办事处 平顺街道办事处",
                    "c": "街道",
                    "x": "一、概述 全年累计主动公开政府信息11条。\\"引号\\""
                  }
                ];
                """, script);
    }
}
