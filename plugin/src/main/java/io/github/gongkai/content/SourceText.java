package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one input file, decoded strictly as UTF-8: a file in another encoding is refused
 * with its name rather than turned into mojibake on a government site.
 *
 * @param location the file, relative to the site project
 * @param text     its content, without a byte-order mark, line ends as written
 */
public record SourceText(SourceLocation location, String text) {

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
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(location, "无法读取文件（" + e.getMessage() + "） / cannot read the file", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputError(location,
                    "文件不是 UTF-8 编码（可能是 GBK/GB18030），请另存为 UTF-8 / the file is not UTF-8 encoded", e);
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        return new SourceText(location, text);
    }
}
