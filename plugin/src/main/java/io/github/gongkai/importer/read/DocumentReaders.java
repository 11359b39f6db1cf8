package io.github.gongkai.importer.read;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.importer.document.ImportDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Picks the reader for a source file by its extension. */
public final class DocumentReaders {

    /** The extensions {@code site:import} reads, for messages and for choosing files in a folder. */
    public static final List<String> EXTENSIONS = List.of("docx", "pdf", "html", "htm", "txt", "md", "markdown");
    private static final List<String> OLD_OFFICE = List.of("doc", "wps", "wpt", "dot", "rtf");

    private DocumentReaders() {
    }

    /** Whether a file of this name is one the import reads. */
    public static boolean readable(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /** Whether a file of this name is an old Word or WPS file (to be saved as .docx first). */
    public static boolean oldOffice(Path file) {
        return OLD_OFFICE.contains(extension(file));
    }

    /**
     * Reads {@code file} into the document model.
     *
     * @throws InputError for a format the import does not read (with how to convert it), or a file that cannot be read
     */
    public static ImportDocument read(Path file) {
        String extension = extension(file);
        if (EXTENSIONS.contains(extension)) {
            SourceFile.check(file);
        }
        return switch (extension) {
            case "docx" -> DocxReader.read(file);
            case "pdf" -> PdfReader.read(file);
            case "html", "htm" -> HtmlReader.read(file);
            case "txt", "md", "markdown" -> TextReader.read(file);
            default -> throw new InputError(SourceLocation.of(file), OLD_OFFICE.contains(extension)
                    ? "这是旧版 Word/WPS 文件（." + extension + "），不能直接导入。请用 Word 或 WPS 打开它，"
                            + "点“文件 → 另存为”，“保存类型”选“Word 文档（*.docx）”，再导入另存的 .docx 文件 / "
                            + "old Word/WPS file: save it as .docx first"
                    : "不能导入 ." + extension + " 文件；可导入的格式：.docx、.pdf、.html（从门户网站另存的网页）、.txt、.md / unsupported file type");
        };
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
