package io.github.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void aScriptThatSetsOneGlobalWithEachReportsTextOnOneLine() {
        String script = new String(script(List.of(new SearchIndex.Entry("平顺街道2018年报",
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

    @Test
    void entriesInTheirOrderSeparatedByCommasAndNoneAsAnEmptyList() {
        SearchIndex.Entry first = new SearchIndex.Entry("甲", "a.html", 2019, "甲局", "部门", "甲文");
        SearchIndex.Entry second = new SearchIndex.Entry("乙", "b.html", 2020, "乙局", "部门", "乙\\文\t");
        assertEquals("""
                window.GONGKAI_SEARCH_INDEX = [
                  {
                    "t": "甲",
                    "u": "a.html",
                    "y": 2019,
                    "n": "甲局",
                    "c": "部门",
                    "x": "甲文"
                  },
                  {
                    "t": "乙",
                    "u": "b.html",
                    "y": 2020,
                    "n": "乙局",
                    "c": "部门",
                    "x": "乙\\\\文"
                  }
                ];
                """, new String(script(List.of(first, second)), StandardCharsets.UTF_8));
        assertEquals("window.GONGKAI_SEARCH_INDEX = [];\n", new String(script(List.of()), StandardCharsets.UTF_8));
    }

    /** The index file of {@code entries}, each written as a build writes it, joined as a build joins them. */
    private static byte[] script(List<SearchIndex.Entry> entries) {
        return SearchIndex.join(entries.stream().map(SearchIndex::encode).toList());
    }

    @Test
    void whiteSpaceCollapsesAsTheRegularExpressionWould() {
        // Texts of the characters that matter, every combination up to four long: collapse must equal
        // the one-line definition it replaces.
        String alphabet = "a \t\n\u000B\f\r\u3000\u00a0";
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 4; length++) {
            int size = length;
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                for (char c : alphabet.toCharArray()) {
                    longer.add(text + c);
                }
            }
            texts.addAll(longer.stream().filter(t -> t.length() == size).toList());
        }
        for (String text : texts) {
            assertEquals(text.replaceAll("\\s+", " ").strip(), SearchIndex.collapse(text), () -> text.chars()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
