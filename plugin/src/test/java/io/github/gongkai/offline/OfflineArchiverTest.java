package io.github.gongkai.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.FolderHashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineArchiverTest {

    @TempDir
    Path dir;

    private Path site(String name) throws IOException {
        Path site = dir.resolve(name);
        write(site, "index.html", "<a href=\"ndbg/index.html\">年报</a>");
        write(site, "ndbg/index.html", "column");
        write(site, "ndbg/2018/pingshun.html", "报告");
        write(site, "theme/css/site.css", "body{}");
        write(site, "assets/附件.pdf", "%PDF");
        return site;
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** name → bytes of every entry, in zip order. */
    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }


    @Test
    void archiveHoldsTheSiteTheReadmeAndAManifestOfEveryFile() throws Exception {
        Path zip = dir.resolve("out/qingan-1-site.zip");
        var result = new OfflineArchiver("中国庆安", BuildTime.parse("2026-01-01T00:00:00Z"))
                .pack(site("site"), zip, "qingan-1-site");
        assertEquals(5, result.siteFiles());

        Map<String, byte[]> entries = entries(zip);
        assertEquals(List.of("qingan-1-site/SHA256SUMS", "qingan-1-site/readme.html",
                "qingan-1-site/assets/附件.pdf", "qingan-1-site/index.html", "qingan-1-site/ndbg/2018/pingshun.html",
                "qingan-1-site/ndbg/index.html", "qingan-1-site/theme/css/site.css"), new ArrayList<>(entries.keySet()));
        assertEquals("报告", new String(entries.get("qingan-1-site/ndbg/2018/pingshun.html"), StandardCharsets.UTF_8));

        List<String> expected = new ArrayList<>();
        for (String path : List.of("assets/附件.pdf", "index.html", "ndbg/2018/pingshun.html", "ndbg/index.html",
                "readme.html", "theme/css/site.css")) {
            expected.add(FolderHashes.sha256(entries.get("qingan-1-site/" + path)) + "  " + path);
        }
        assertEquals(String.join("\n", expected) + "\n",
                new String(entries.get("qingan-1-site/SHA256SUMS"), StandardCharsets.UTF_8));

        String readme = new String(entries.get("qingan-1-site/readme.html"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("<title>中国庆安 离线存档说明</title>"), readme);
        assertTrue(readme.contains("2026-01-01 08:00（北京时间） / 2026-01-01T00:00:00Z"), readme);
        assertTrue(readme.contains("<a href=\"index.html\">index.html</a>"), readme);
        assertTrue(readme.contains("sha256sum -c SHA256SUMS"), readme);
    }

    @Test
    void everyEntryIsDatedTheBuildTimeAndNamedInUtf8() throws IOException {
        Path zip = dir.resolve("site.zip");
        new OfflineArchiver("站", BuildTime.parse("1718000000")).pack(site("site"), zip, "s");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                // 1718000000 s = 2024-06-10T06:13:20Z; a zip stores local time in 2-second steps.
                assertEquals(LocalDateTime.parse("2024-06-10T06:13:20"), e.getTimeLocal(), e.getName());
            }
        }
        byte[] bytes = Files.readAllBytes(zip);
        // The general-purpose flag of the first local header has bit 11 (UTF-8 names) set.
        assertEquals(0x0800, (bytes[6] & 0xff | (bytes[7] & 0xff) << 8) & 0x0800);
    }

    @Test
    void sameSiteGivesTheSameBytesWhateverTheFileTimes() throws IOException {
        Path first = site("a");
        Path second = site("b");
        Files.setLastModifiedTime(second.resolve("index.html"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        OfflineArchiver archiver = new OfflineArchiver("站", BuildTime.parse("2026-01-01T00:00:00Z"));
        archiver.pack(first, dir.resolve("a.zip"), "x");
        archiver.pack(second, dir.resolve("b.zip"), "x");
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
    }

    @Test
    void withoutABuildTimeTheEntriesAreDated1980AndTheReadmeSaysSo() throws IOException {
        Path zip = dir.resolve("site.zip");
        new OfflineArchiver("站", BuildTime.parse(null)).pack(site("site"), zip, "s");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertEquals(LocalDateTime.parse("1980-01-01T00:00"), in.getNextEntry().getTimeLocal());
        }
        assertTrue(new String(entries(zip).get("s/readme.html"), StandardCharsets.UTF_8)
                .contains("未设定（pom.xml 未设置 project.build.outputTimestamp）"));
    }

    @Test
    void aSiteNotYetGeneratedIsRefusedWithWhatToRun() {
        OfflineArchiveError error = assertThrows(OfflineArchiveError.class,
                () -> new OfflineArchiver("站", BuildTime.parse(null)).pack(dir.resolve("site"), dir.resolve("a.zip"), "s"));
        assertTrue(error.getMessage().contains("请先运行 mvn site:generate"), error.getMessage());
        assertFalse(Files.exists(dir.resolve("a.zip")));
    }

    @Test
    void aFileNamedLikeTheManifestIsRefusedAndThePreviousArchiveKept() throws IOException {
        Path site = site("site");
        Path zip = dir.resolve("a.zip");
        OfflineArchiver archiver = new OfflineArchiver("站", BuildTime.parse(null));
        archiver.pack(site, zip, "s");
        byte[] before = Files.readAllBytes(zip);
        write(site, "SHA256SUMS", "x");
        OfflineArchiveError error = assertThrows(OfflineArchiveError.class, () -> archiver.pack(site, zip, "s"));
        assertTrue(error.getMessage().contains("站点中已有文件 SHA256SUMS"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(zip));
    }

    @Test
    void badTimestampIsNamed() {
        OfflineArchiveError error = assertThrows(OfflineArchiveError.class, () -> BuildTime.parse("last tuesday"));
        assertTrue(error.getMessage().contains("project.build.outputTimestamp 的值 \"last tuesday\""));
    }

    /** A top folder that leaves the archive would make unzip write outside the folder it unpacks into. */
    @Test
    void aTopFolderThatIsNotOnePlainNameIsRefused() throws IOException {
        Path site = site("site");
        for (String folder : List.of("../../x", "/tmp/x", "a/b", "..", "a\\b", "")) {
            OfflineArchiveError error = assertThrows(OfflineArchiveError.class,
                    () -> new OfflineArchiver("站", BuildTime.parse(null)).pack(site, dir.resolve("a.zip"), folder));
            assertTrue(error.getMessage().contains("archiveFolder"), error.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("a.zip")));
    }

    @Test
    void theArchiveIsNeverWrittenInsideTheSiteNorOverAFileThatIsNotAnArchive() throws IOException {
        Path site = site("site");
        OfflineArchiver archiver = new OfflineArchiver("站", BuildTime.parse(null));
        assertThrows(io.github.gongkai.diagnostic.OutputRefused.class,
                () -> archiver.pack(null, site, site.resolve("a.zip"), "a"));
        Path notes = Files.writeString(dir.resolve("notes.zip"), "不是存档");
        assertThrows(io.github.gongkai.diagnostic.OutputRefused.class, () -> archiver.pack(null, site, notes, "a"));
        assertEquals("不是存档", Files.readString(notes));
        archiver.pack(null, site, dir.resolve("a.zip"), "a");
        archiver.pack(null, site, dir.resolve("a.zip"), "a"); // our own earlier archive is replaced
        assertTrue(OfflineArchiver.isArchive(dir.resolve("a.zip")));
    }

    static void unzip(Path zip, Path into) throws IOException {
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path file = into.resolve(e.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }
}
