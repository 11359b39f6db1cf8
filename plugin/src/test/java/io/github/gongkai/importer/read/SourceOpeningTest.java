package io.github.gongkai.importer.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.InputError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or damaged source files: each refused with a message that names the file and says what is wrong, in Chinese. */
class SourceOpeningTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileOfEveryFormatIsRefusedAsEmpty() throws IOException {
        for (String name : new String[] {"a.docx", "a.pdf", "a.txt", "a.html"}) {
            Path file = Files.write(dir.resolve(name), new byte[0]);
            assertRefused(file, "文件是空的");
        }
    }

    @Test
    void aPdfCutShortIsRefusedAsTruncated() throws IOException {
        byte[] pdf = pdf(null);
        Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        assertRefused(file, "PDF 文件不完整");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedAsEncrypted() throws IOException {
        Path file = Files.write(dir.resolve("locked.pdf"), pdf("secret"));
        assertRefused(file, "PDF 文件已加密");
    }

    @Test
    void aDocxThatUnpacksToGigabytesIsRefusedAsAZipBomb() throws IOException {
        Path file = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i <= ZipLimits.MAX_UNPACKED >> 20; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 2 << 20, "the bomb is small on disk");
        assertRefused(file, "zip bomb");
    }

    @Test
    void aDocxWithADoctypeIsRefusedAndNoLocalFileIsRead() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("正文");
            document.write(plain);
        }
        Path file = dir.resolve("xxe.docx");
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int prolog = xml.indexOf("?>") + 2;
                    xml = xml.substring(0, prolog) + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                            + xml.substring(prolog).replace("正文", "&x;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
            }
        }
        assertRefused(file, "DOCTYPE");
    }

    private static byte[] pdf(String password) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (password != null) {
                document.protect(new StandardProtectionPolicy("owner-" + password, password, new AccessPermission()));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(Path file, String expected) {
        InputError error = assertThrows(InputError.class, () -> DocumentReaders.read(file), file.toString());
        String message = error.getMessage();
        assertTrue(message.contains(file.getFileName().toString()), "names the file: " + message);
        assertTrue(message.contains(expected), "says " + expected + ": " + message);
        assertTrue(!message.contains("Exception") && !message.contains("bugzilla"), "no parser's own words: " + message);
    }
}
