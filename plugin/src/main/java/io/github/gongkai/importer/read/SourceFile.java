package io.github.gongkai.importer.read;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What is checked of a source file before a reader opens it: that it is a file, not empty and
 * not larger than any real report, so that a wrong or hostile file gets a plain message rather
 * than a parser's own (English) error, a stall or an exhausted heap.
 */
final class SourceFile {

    /** Larger than any report's .docx or text PDF (real ones are under 10 MB; scans have no text to import). */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private SourceFile() {
    }

    /** Refuses {@code file} when it is missing, a folder, empty or larger than {@link #MAX_BYTES}. */
    static void check(Path file) {
        SourceLocation location = SourceLocation.of(file);
        if (!Files.isRegularFile(file)) {
            throw new InputError(location, "找不到要导入的文件（或它不是普通文件） / the file to import does not exist");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputError(location, "无法读取文件（" + e.getMessage() + "） / cannot read the file", e);
        }
        if (size == 0) {
            throw new InputError(location, "文件是空的（0 字节），可能下载或复制时中断：请重新取得原件后再导入 / the file is empty");
        }
        if (size > MAX_BYTES) {
            throw new InputError(location, String.format(Locale.ROOT, "文件过大（%.1f MB），超过 %d MB 的上限；年报原件通常不到"
                    + " 10 MB，请确认选对了文件 / the file is larger than %d MB", size / 1048576.0, MAX_BYTES >> 20,
                    MAX_BYTES >> 20));
        }
    }
}
