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

    /**
     * One entry as the index file holds it (JSON, UTF-8): what a build keeps of a report whose
     * page it keeps, so that the index is joined without writing every entry again.
     */
    public static byte[] encode(Entry entry) {
        return JsonText.fragment(json(entry), 1).getBytes(StandardCharsets.UTF_8);
    }

    /** The index file's bytes, from entries as {@link #encode} wrote them, in the given order. */
    public static byte[] join(List<byte[]> written) {
        // Joined into one array of the exact size: at 10,000 reports the index is ~75 MB, so no
        // text of it is built whole on the way.
        byte[] head = "window.GONGKAI_SEARCH_INDEX = [".getBytes(StandardCharsets.UTF_8);
        byte[] first = "\n  ".getBytes(StandardCharsets.UTF_8);
        byte[] next = ",\n  ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = (written.isEmpty() ? "];\n" : "\n];\n").getBytes(StandardCharsets.UTF_8);
        long size = head.length + tail.length + (long) Math.max(0, written.size() - 1) * next.length
                + (written.isEmpty() ? 0 : first.length) + written.stream().mapToLong(bytes -> bytes.length).sum();
        byte[] script = new byte[Math.toIntExact(size)];
        int at = put(head, script, 0);
        for (int i = 0; i < written.size(); i++) {
            at = put(i == 0 ? first : next, script, at);
            at = put(written.get(i), script, at);
        }
        put(tail, script, at);
        return script;
    }

    private static int put(byte[] part, byte[] into, int at) {
        System.arraycopy(part, 0, into, at, part.length);
        return at + part.length;
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
