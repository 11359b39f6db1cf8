package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Characters that change how text is shown without being seen: the bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C) and the zero-width ones
 * (U+200B–U+200D, U+2060, U+FEFF inside a file). In a body's name or a report's title they can make
 * one official name look like another (the "Trojan Source" trick); Chinese text never needs them.
 * Refused in configuration, statistics and narrative headers; a warning in narrative text.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    static boolean isInvisible(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C
                || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    /** Refuses {@code text} (a whole file starting at line 1 of {@code location}) if it holds one. */
    static void refuse(String text, SourceLocation location) {
        Found found = find(text);
        if (found != null) {
            int line = location.line() == 0 ? found.line : location.line() + found.line - 1;
            throw new InputError(location.atLine(line), message(found.character)
                    + "名称、标题和配置中不允许出现，请删除该字符（在编辑器中可能看不见，可整行重新输入）"
                    + " / invisible bidi or zero-width character, not allowed here");
        }
    }

    /** Warns once for a narrative that holds one. */
    static void warn(String text, SourceLocation location, Consumer<String> warn) {
        Found found = find(text);
        if (found != null) {
            warn.accept(location.atLine(found.line) + ": " + message(found.character)
                    + "正文中的这类字符会改变文字的显示顺序，请确认是否需要 / invisible bidi or zero-width character in the text");
        }
    }

    private static String message(int c) {
        return String.format(Locale.ROOT, "含有不可见的%s字符 U+%04X，", c >= 0x200B && c <= 0x200D || c == 0x2060
                || c == 0xFEFF ? "零宽" : "文字方向控制", c);
    }

    private record Found(int line, int character) {
    }

    private static Found find(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (isInvisible(c)) {
                return new Found(line, c);
            }
        }
        return null;
    }
}
