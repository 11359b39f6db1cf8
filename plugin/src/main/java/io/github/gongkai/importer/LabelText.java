package io.github.gongkai.importer;

/**
 * The comparable form of a label or heading: published reports mix half- and full-width
 * punctuation and stray blanks, the official tables print full-width, so both sides are folded
 * the same way before comparing.
 */
final class LabelText {

    private LabelText() {
    }

    /** Removes blanks and folds ( ) : , ; " to their full-width forms. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\u3000', '\u00A0' -> { }
                case '(' -> folded.append('（');
                case ')' -> folded.append('）');
                case ':' -> folded.append('：');
                case ',' -> folded.append('，');
                case ';' -> folded.append('；');
                case '"' -> folded.append('\u201C');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    /** Blanks at both ends, including the ideographic space many portals indent with. */
    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
