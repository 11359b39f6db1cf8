package io.github.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the official tables where the narrative asks for them ({@code gongkai-table::三[]} in
 * AsciiDoc, a line {@code {{gongkai-table 三}}} in Markdown), else under the heading that has the
 * table's official section title (主动公开政府信息情况, 收到和处理政府信息公开申请情况,
 * 政府信息公开行政复议、行政诉讼情况, or a usual variant), whatever its numeral and depth, in an
 * appendix too. The numeral alone does not place a table: many provincial reports number their
 * sections differently (二、工作机制保障 … 三、主动公开工作情况). A table no heading matches is
 * appended with its official heading, so no table is ever lost.
 */
final class TablePlacement {

    private static final Pattern MARKER = Pattern.compile(
            "<div class=\"gongkai-table\" title=\"([^\"]*)\"></div>|<p>\\{\\{gongkai-table\\s+(\\S*?)\\s*\\}\\}</p>");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A top-level section's numeral: 二、 三、 …. */
    private static final Pattern TOP_LEVEL = Pattern.compile("[一二三四五六七八九十]+、");
    /** What a heading's words are compared without: spaces, punctuation and the joining words 和 及 与 的. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}和及与的]");

    private TablePlacement() {
    }

    /**
     * @param narrative the narrative as HTML
     * @param tables    each table's HTML by its section numeral (二, 三, 四) and its official heading
     */
    static String place(String narrative, Map<String, Section> tables) {
        Map<String, Section> remaining = new LinkedHashMap<>(tables);
        narrative = placeAtMarkers(narrative, remaining);
        List<int[]> headings = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher heading = HEADING.matcher(narrative);
        while (heading.find()) {
            headings.add(new int[] {heading.end()});
            words.add(TAG.matcher(heading.group(2)).replaceAll("").strip());
        }
        // Each table goes under the heading that names it best; the first such heading wins a tie.
        Map<Integer, List<Section>> under = new TreeMap<>();
        for (Map.Entry<String, Section> table : List.copyOf(remaining.entrySet())) {
            int best = -1;
            int bestScore = 0;
            for (int h = 0; h < words.size(); h++) {
                int score = score(table.getKey(), table.getValue().heading(), words.get(h));
                if (score > bestScore) {
                    best = h;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                under.computeIfAbsent(headings.get(best)[0], k -> new ArrayList<>()).add(table.getValue());
                remaining.remove(table.getKey());
            }
        }
        StringBuilder out = new StringBuilder(narrative.length() + 32 * 1024);
        int last = 0;
        for (Map.Entry<Integer, List<Section>> at : under.entrySet()) {
            out.append(narrative, last, at.getKey());
            at.getValue().forEach(table -> out.append('\n').append(table.html()));
            last = at.getKey();
        }
        out.append(narrative, last, narrative.length());
        remaining.values().forEach(table -> out.append("\n<h2>").append(table.heading()).append("</h2>\n")
                .append(table.html()));
        return out.toString();
    }

    /**
     * How well a heading names a table, higher is better, 0 not at all: its official title (an
     * appendix's 表1 主动公开政府信息情况 too) over a usual variant ("…申请的情况",
     * "因政府信息公开工作被申请行政复议和提起行政诉讼情况") over its subject with 情况 (三、主动公开工作情况,
     * 四、依申请公开工作情况); on a tie a top-level section (二、…) over a sub-heading (（一）…), which in
     * 一、总体情况 often repeats the subjects.
     */
    static int score(String numeral, String officialHeading, String heading) {
        String words = NOISE.matcher(heading).replaceAll("");
        String official = NOISE.matcher(officialHeading.substring(officialHeading.indexOf('、') + 1)).replaceAll("");
        boolean report = words.contains("情况");
        int score;
        if (words.contains(official)) {
            score = 3;
        } else if (switch (numeral) {
            case "二" -> words.contains("主动公开政府信息") || words.contains("政府信息主动公开");
            case "三" -> words.contains("收到处理政府信息公开申请") || words.contains("政府信息公开申请") && report
                    && (words.contains("收到") || words.contains("受理") || words.contains("办理"));
            case "四" -> words.contains("行政复议") && words.contains("行政诉讼") && report;
            default -> false;
        }) {
            score = 2;
        } else if (report && switch (numeral) {
            case "二" -> words.contains("主动公开");
            case "三" -> words.contains("依申请公开") || words.contains("政府信息公开申请");
            case "四" -> words.contains("复议") || words.contains("诉讼");
            default -> false;
        }) {
            score = 1;
        } else {
            return 0;
        }
        return score * 2 + (TOP_LEVEL.matcher(heading).lookingAt() ? 1 : 0);
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
