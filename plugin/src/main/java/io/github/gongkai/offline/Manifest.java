package io.github.gongkai.offline;

import io.github.gongkai.output.SiteFiles;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive's {@code SHA256SUMS}: one line per file, {@code <sha256>  <path>}, in the format
 * {@code sha256sum} writes and {@code sha256sum -c} checks, paths in UTF-8 order.
 */
public final class Manifest {

    /** The manifest's file name at the archive's root. */
    public static final String FILE_NAME = "SHA256SUMS";

    // "<hash>  <path>" (text mode) or "<hash> *<path>" (binary mode); both mean the same bytes.
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private final Map<String, String> hashes;

    private Manifest(Map<String, String> hashes) {
        this.hashes = Collections.unmodifiableMap(hashes);
    }

    /** A manifest of these paths and hashes. */
    static Manifest of(Map<String, String> hashesByPath) {
        Map<String, String> sorted = new TreeMap<>(SiteFiles.UTF8_ORDER);
        sorted.putAll(hashesByPath);
        return new Manifest(sorted);
    }

    /**
     * Reads a manifest.
     *
     * @throws OfflineArchiveError naming the line that is not {@code <sha256>  <path>}
     */
    public static Manifest parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new OfflineArchiveError(FILE_NAME + "：不是 UTF-8 文本 / not UTF-8", e);
        }
        Map<String, String> hashes = new TreeMap<>(SiteFiles.UTF8_ORDER);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher line = LINE.matcher(lines[i]);
            if (!line.matches()) {
                throw new OfflineArchiveError(FILE_NAME + ":" + (i + 1)
                        + "：不是“SHA-256 值 + 两个空格 + 文件路径”格式的行 / not a sha256sum line");
            }
            hashes.put(line.group(2), line.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return new Manifest(hashes);
    }

    /** Path → lower-case hex SHA-256, in UTF-8 order of the paths. */
    public Map<String, String> hashes() {
        return hashes;
    }

    /** The file's bytes: UTF-8, LF line ends, a final LF. */
    byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
