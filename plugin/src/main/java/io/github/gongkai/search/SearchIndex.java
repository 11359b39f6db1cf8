package io.github.gongkai.search;

import io.github.gongkai.output.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's search index: one entry per report with its title, body names and plain text,
 * written as a script file ({@code search-index.js}) because a page opened from file:// may
 * load scripts but not fetch JSON. The search page matches Chinese by substring, which needs
 * no word segmentation and finds every term a reader can type.
 */
public final class SearchIndex {

    /** The index's path under the site root. */
    public static final String PATH = "search-index.js";

    private SearchIndex() {
    }

    /**
     * One searchable report.
     *
     * @param title    its title
     * @param href     its page, site-root relative
     * @param year     report year
     * @param names    the body's names (current and former), space separated
     * @param category the body's category label
     * @param text     the report's plain text (narrative and table labels)
     */
    public record Entry(String title, String href, int year, String names, String category, String text) {
    }

    /** The index file's bytes, entries in the given order. */
    public static byte[] script(List<Entry> entries) {
        // Each entry is written on whichever core is free (the index holds every report's text), then joined in order.
        List<String> written = entries.parallelStream().map(entry -> JsonText.fragment(json(entry), 1)).toList();
        StringBuilder out = new StringBuilder(written.stream().mapToInt(text -> text.length() + 4).sum() + 64);
        out.append("window.GONGKAI_SEARCH_INDEX = [");
        for (int i = 0; i < written.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ").append(written.get(i));
        }
        out.append(written.isEmpty() ? "]" : "\n]").append(";\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> json(Entry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("t", entry.title());
        map.put("u", entry.href());
        map.put("y", entry.year());
        map.put("n", entry.names());
        map.put("c", entry.category());
        map.put("x", collapse(entry.text()));
        return map;
    }

    /** Whitespace runs become one space: the text is for matching and snippets, not layout. */
    static String collapse(String text) {
        // Most texts come collapsed already (jsoup's text()): they are given back as they are.
        int length = text.length();
        boolean collapsed = length == 0 || !Character.isWhitespace(text.charAt(0))
                && !Character.isWhitespace(text.charAt(length - 1));
        for (int i = 0; collapsed && i < length; i++) {
            char c = text.charAt(i);
            collapsed = !isSpace(c) || c == ' ' && (i + 1 == length || !isSpace(text.charAt(i + 1)));
        }
        if (collapsed) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (i == 0 || !isSpace(text.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** What {@code \s} matches: the six ASCII white-space characters. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
