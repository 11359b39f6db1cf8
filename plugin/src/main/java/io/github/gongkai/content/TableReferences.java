package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a narrative asks for an official table ({@code gongkai-table::三[]} in AsciiDoc,
 * {@code {{gongkai-table 三}}} in Markdown), checked against the source: an unknown table, one
 * asked for twice, or one the report has no figures for would otherwise print an error text on
 * the published page.
 */
final class TableReferences {

    private static final Pattern ASCIIDOC = Pattern.compile("^gongkai-table::(\\S*?)\\[.*\\]\\s*$");
    private static final Pattern MARKDOWN = Pattern.compile("^\\{\\{gongkai-table\\s+(\\S*?)\\s*\\}\\}\\s*$");
    private static final List<String> TABLES = List.of("二", "三", "四");

    private TableReferences() {
    }

    /**
     * @param text       the narrative's source
     * @param asciidoc   whether it is AsciiDoc (else Markdown)
     * @param haveTables whether the report has the official tables (statistics of 2019 or 2021 format)
     */
    static void check(SourceText text, boolean asciidoc, boolean haveTables) {
        Pattern pattern = asciidoc ? ASCIIDOC : MARKDOWN;
        Map<String, Integer> seen = new HashMap<>();
        int line = 0;
        for (String row : text.text().split("\n", -1)) {
            line++;
            if (!row.contains("gongkai-table")) {
                continue;
            }
            Matcher reference = pattern.matcher(row.strip());
            if (!reference.matches()) {
                continue;
            }
            String table = reference.group(1);
            SourceLocation at = text.location().atLine(line);
            if (!TABLES.contains(table)) {
                throw new InputError(at, "要插入的统计表 \"" + table + "\" 不存在：应为二、三或四（表二、表三、表四）"
                        + " / the table must be 二, 三 or 四");
            }
            Integer first = seen.putIfAbsent(table, line);
            if (first != null) {
                throw new InputError(at, "表" + table + "已在第 " + first + " 行插入过，每张表只能插入一次"
                        + " / the table is placed twice");
            }
            if (!haveTables) {
                throw new InputError(at, "要插入表" + table + "，但这篇年报没有 2019 或 2021 格式的统计数据文件"
                        + "（同名 .yaml/.json，format: v2019 或 v2021） / the report has no official tables");
            }
        }
    }
}
