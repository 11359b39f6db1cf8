package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of one input file, decoded strictly as UTF-8: a file in another encoding is refused
 * with its name (and, for GBK/GB18030, the command that converts it) rather than turned into
 * mojibake on a government site. Files larger than {@link #MAX_BYTES} and files holding control
 * characters (NUL and the like, the mark of a binary or damaged file) are refused too.
 *
 * @param location the file, relative to the site project
 * @param text     its content, without a byte-order mark, line ends as written
 */
public record SourceText(SourceLocation location, String text) {

    /** The largest input file read: real narratives and statistics are well under 1 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final char BOM = '\uFEFF';

    /**
     * Refuses a file that is, or sits under, a symbolic link leading outside the site project:
     * a build must never publish what lies elsewhere on the machine.
     */
    public static void requireInside(Path projectDir, Path file, SourceLocation location) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(projectDir.toRealPath())) {
            throw new InputError(location, "文件通过符号链接指向站点项目之外（" + real + "），出于安全不予读取 / the file links "
                    + "outside the site project");
        }
    }

    /** Reads {@code file}, naming it relative to {@code projectDir} in any error. */
    public static SourceText read(Path projectDir, Path file) {
        SourceLocation location = SourceLocation.of(projectDir.relativize(file));
        byte[] bytes;
        try {
            requireInside(projectDir, file, location);
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputError(location, String.format(Locale.ROOT, "文件过大（%.1f MB），超过 %d MB 的上限；年报正文和统计数据"
                        + "通常不到 1 MB，图片和原件 PDF 请放在 assets/ 目录中 / the file is larger than %d MB",
                        size / 1048576.0, MAX_BYTES >> 20, MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(location, "无法读取文件（" + e.getMessage() + "） / cannot read the file", e);
        }
        String text = decode(bytes, location);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        requireNoControlCharacters(text, location);
        return new SourceText(location, text);
    }

    private static String decode(byte[] bytes, SourceLocation location) {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            SourceLocation at = location.atLine(lineOfFirstBadByte(bytes));
            String name = location.file().toString().replace('\\', '/');
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                throw new InputError(location, "文件不是 UTF-8 编码，看起来是 UTF-16（Windows 记事本的“Unicode”），请另存为 "
                        + "UTF-8 / the file is UTF-16, not UTF-8", e);
            }
            if (isGb18030(bytes)) {
                // Refused, not guessed: a wrong guess would publish garbled text under a government's name.
                throw new InputError(at, "文件不是 UTF-8 编码，看起来是 GBK/GB18030；请转换为 UTF-8 后再生成，例如："
                        + "iconv -f GB18030 -t UTF-8 \"" + name + "\" > utf8.tmp && mv utf8.tmp \"" + name
                        + "\"，或在编辑器中另存为 UTF-8 / the file is not UTF-8, it looks like GBK/GB18030", e);
            }
            throw new InputError(at, "文件不是 UTF-8 编码（该行有无效字节），请另存为 UTF-8 / the file is not UTF-8 encoded",
                    e);
        }
    }

    private static boolean isGb18030(byte[] bytes) {
        try {
            strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line of the first byte that is not well-formed UTF-8. */
    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Tab, line feed and carriage return are text; any other C0 control character is not. */
    private static void requireNoControlCharacters(String text, SourceLocation location) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                throw new InputError(location.atLine(line), String.format(Locale.ROOT, "含有不可见的控制字符 U+%04X%s，"
                        + "文件可能已损坏或不是文本文件；请删除该字符 / control character U+%04X in the file",
                        (int) c, c == 0 ? "（NUL）" : "", (int) c));
            }
        }
    }
}
