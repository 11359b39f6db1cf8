package io.github.gongkai.importer.read;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a .docx that unpacks to far more than any report (a "zip bomb"): every entry is
 * inflated once and counted, not trusted from the sizes its headers declare, before POI reads
 * it into memory.
 */
final class ZipLimits {

    /** A report's .docx unpacks to a few MB, its pictures included. */
    static final long MAX_UNPACKED = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ZipLimits() {
    }

    /** Counts what {@code file} unpacks to; a file that is no zip at all is left to POI's message. */
    static void check(Path file) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused(file, "含有超过 " + MAX_ENTRIES + " 个部件");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw refused(file, "解压后超过 " + (MAX_UNPACKED >> 20) + " MB");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a zip or a damaged one: POI says so in its own message, wrapped by DocxReader.
        }
    }

    private static InputError refused(Path file, String what) {
        return new InputError(SourceLocation.of(file), "Word 文件" + what + "，远超任何年报，可能是恶意构造的压缩文件"
                + "（\"zip bomb\"），不予读取 / the .docx unpacks to far more than a report (zip bomb)");
    }

    /** Whether {@code e} is POI refusing an entry too large or too compressed to be real. */
    static boolean isPoiLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof org.apache.poi.util.RecordFormatException || message.contains("Zip bomb")
                    || message.contains("maximum length")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is the XML parser refusing a DOCTYPE (the way to an XXE attack). */
    static boolean isDoctype(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("DOCTYPE")) {
                return true;
            }
        }
        return false;
    }
}
