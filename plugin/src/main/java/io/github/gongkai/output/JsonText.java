package io.github.gongkai.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as indented JSON, in the maps'
 * own order, so the same data always gives the same bytes.
 */
public final class JsonText {

    private JsonText() {
    }

    /** The value as JSON text ending with a newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.append('\n').toString();
    }

    /**
     * The value as JSON text for a place {@code depth} levels deep in an indented document (its
     * inner lines indented to match), without a newline: a part of a large document can be
     * written on a thread of its own.
     */
    public static String fragment(Object value, int depth) {
        StringBuilder out = new StringBuilder();
        write(value, "  ".repeat(depth), out);
        return out.toString();
    }

    private static void write(Object value, String indent, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, indent, out);
        } else if (value instanceof List<?> list) {
            writeList(list, indent, out);
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static void writeMap(Map<?, ?> map, String indent, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{");
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append(inner);
            quote(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), inner, out);
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    private static void writeList(List<?> list, String indent, StringBuilder out) {
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        if (flat) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), indent, out);
            }
            out.append(']');
            return;
        }
        String inner = indent + "  ";
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(inner);
            write(list.get(i), inner, out);
        }
        out.append('\n').append(indent).append(']');
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        // Runs of characters that need no escape are appended whole: the text is mostly Chinese.
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(text, plain, text.length());
        out.append('"');
    }
}
