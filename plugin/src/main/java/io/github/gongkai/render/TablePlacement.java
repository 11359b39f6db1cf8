package io.github.gongkai.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the official tables where the narrative asks for them ({@code gongkai-table::三[]} in
 * AsciiDoc, a line {@code {{gongkai-table 三}}} in Markdown), else under its section headings
 * 二、三、四 as published reports print them. A table with neither is appended with its
 * official heading, so no table is ever lost.
 */
final class TablePlacement {

    private static final Pattern MARKER = Pattern.compile(
            "<div class=\"gongkai-table\" title=\"([^\"]*)\"></div>|<p>\\{\\{gongkai-table\\s+(\\S*?)\\s*\\}\\}</p>");
    private static final Pattern HEADING = Pattern.compile("<h2[^>]*>\\s*(二|三|四)、.*?</h2>", Pattern.DOTALL);

    private TablePlacement() {
    }

    /**
     * @param narrative the narrative as HTML
     * @param tables    each table's HTML by its section numeral (二, 三, 四) and its official heading
     */
    static String place(String narrative, Map<String, Section> tables) {
        Map<String, Section> remaining = new LinkedHashMap<>(tables);
        narrative = placeAtMarkers(narrative, remaining);
        StringBuilder out = new StringBuilder(narrative.length() + 32 * 1024);
        Matcher heading = HEADING.matcher(narrative);
        int last = 0;
        while (heading.find()) {
            Section table = remaining.remove(heading.group(1));
            if (table != null) {
                out.append(narrative, last, heading.end()).append('\n').append(table.html());
                last = heading.end();
            }
        }
        out.append(narrative, last, narrative.length());
        remaining.values().forEach(table -> out.append("\n<h2>").append(table.heading()).append("</h2>\n")
                .append(table.html()));
        return out.toString();
    }

    /** The marker the AsciiDoc macro leaves for a table; it passes the sanitizer. */
    static String marker(String target) {
        return "<div class=\"gongkai-table\" title=\"" + target.replaceAll("[^\\p{IsHan}\\w]", "") + "\"></div>";
    }

    private static String placeAtMarkers(String narrative, Map<String, Section> remaining) {
        Matcher marker = MARKER.matcher(narrative);
        StringBuilder out = new StringBuilder(narrative.length());
        while (marker.find()) {
            String target = marker.group(1) != null ? marker.group(1) : marker.group(2);
            Section table = remaining.remove(target);
            String replacement = table != null ? table.html() : "<p class=\"table-error\">【无法插入统计表“"
                    + target.replaceAll("[^\\p{IsHan}\\w]", "") + "”：应为二、三或四，且每张表只能插入一次】</p>";
            marker.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        marker.appendTail(out);
        return out.toString();
    }

    /**
     * A table and the official heading it belongs under.
     *
     * @param heading e.g. 三、收到和处理政府信息公开申请情况
     * @param html    the table
     */
    record Section(String heading, String html) {
    }
}
