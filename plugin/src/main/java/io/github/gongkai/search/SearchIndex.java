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
        List<Map<String, Object>> json = entries.stream().map(SearchIndex::json).toList();
        return ("window.GONGKAI_SEARCH_INDEX = " + JsonText.write(json).strip() + ";\n")
                .getBytes(StandardCharsets.UTF_8);
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
        return text.replaceAll("\\s+", " ").strip();
    }
}
