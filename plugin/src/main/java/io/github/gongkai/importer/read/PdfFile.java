package io.github.gongkai.importer.read;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF for the import, refusing with a plain message one that is cut short (PDFBox would
 * rebuild it in silence, and log every missing object) or that needs a password to open.
 */
final class PdfFile {

    /** Where the end-of-file marker must be: readers look for it in the file's last 1024 bytes. */
    private static final int TAIL = 1024;

    private PdfFile() {
    }

    /** The document of {@code file}; the caller closes it. */
    static PDDocument open(Path file) throws IOException {
        SourceLocation location = SourceLocation.of(file);
        if (!endsAsPdf(file)) {
            throw new InputError(location, "PDF 文件不完整（结尾缺少 %%EOF 标记），可能下载或复制时中断：请重新取得原件后再导入"
                    + " / the PDF is truncated");
        }
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new InputError(location, "PDF 文件已加密，需要密码才能打开：请用原件的未加密版本，或在 PDF 阅读器中输入密码后"
                    + "“另存为”不加密的 PDF 再导入 / the PDF needs a password to open", e);
        }
    }

    private static boolean endsAsPdf(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            byte[] tail = new byte[(int) Math.min(TAIL, length)];
            in.seek(length - tail.length);
            in.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }
}
