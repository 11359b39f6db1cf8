package io.github.gongkai.preview;

/**
 * The state of the live build the browser polls: a version that changes after every
 * successful rebuild, and the error of the last failed one (the previous site is still served).
 */
final class BuildState {

    private long version;
    private String error;

    /** A rebuild succeeded: the open pages reload. */
    synchronized void built() {
        version++;
        error = null;
    }

    /** A rebuild failed; the pages show {@code message} over the previous site. */
    synchronized void failed(String message) {
        version++;
        error = message;
    }

    /** The state as JSON: {"version":3,"error":null}. */
    synchronized String json() {
        return "{\"version\":" + version + ",\"error\":" + (error == null ? "null" : quote(error)) + "}";
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
