package io.github.gongkai.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveVerifierTest {

    @TempDir
    Path dir;

    private Path unpacked;

    @BeforeEach
    void packAndUnzip() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("ndbg/2018"));
        Files.writeString(site.resolve("index.html"), "首页");
        Files.writeString(site.resolve("ndbg/2018/pingshun.html"), "报告");
        Files.writeString(site.resolve("ndbg/2018/pingshun.csv"), "表,项目");
        new OfflineArchiver("站", BuildTime.parse(null)).pack(site, dir.resolve("a.zip"), "a-site");
        unpacked = dir.resolve("unpacked");
        OfflineArchiverTest.unzip(dir.resolve("a.zip"), unpacked);
    }

    @Test
    void anUntouchedArchivePassesFromItsFolderOrTheFolderAbove() {
        Verification result = ArchiveVerifier.verify(unpacked.resolve("a-site"));
        assertTrue(result.passed(), result.failure());
        assertEquals(4, result.listed());
        assertTrue(ArchiveVerifier.verify(unpacked).passed());
        assertTrue(result.summary().startsWith("离线存档校验通过：4 个文件与 SHA256SUMS 一致"), result.summary());
    }

    @Test
    void oneChangedByteIsNamed() throws IOException {
        Path page = unpacked.resolve("a-site/ndbg/2018/pingshun.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[0] ^= 1;
        Files.write(page, bytes);
        Verification result = ArchiveVerifier.verify(unpacked);
        assertFalse(result.passed());
        assertEquals(List.of("ndbg/2018/pingshun.html"), result.changed());
        assertEquals(List.of(), result.missing());
        assertEquals(List.of(), result.extra());
        assertTrue(result.failure().contains("中有 1 个文件与 SHA256SUMS 不符"), result.failure());
        assertTrue(result.failure().contains("\n  已改动 changed: ndbg/2018/pingshun.html"), result.failure());
    }

    /** A listed name made a link to a file outside the archive with the same bytes: never read through. */
    @Test
    void aLinkIsReportedNotFollowed() throws IOException {
        Path page = unpacked.resolve("a-site/ndbg/2018/pingshun.html");
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.html"), Files.readString(page));
        Files.delete(page);
        Files.createSymbolicLink(page, elsewhere);
        Files.createSymbolicLink(unpacked.resolve("a-site/passwd"), Path.of("/etc/passwd"));
        Verification result = ArchiveVerifier.verify(unpacked);
        assertFalse(result.passed());
        assertEquals(List.of("ndbg/2018/pingshun.html", "passwd"), result.links());
        assertEquals(List.of(), result.changed());
        assertTrue(result.failure().contains("不是普通文件（链接等） not a plain file: passwd"), result.failure());
    }

    /** A linked folder hides what it holds: its files are missing, the link is named. */
    @Test
    void aLinkedFolderIsReportedToo() throws IOException {
        Path folder = unpacked.resolve("a-site/ndbg/2018");
        Path moved = Files.move(folder, dir.resolve("moved-2018"));
        Files.createSymbolicLink(folder, moved);
        Verification result = ArchiveVerifier.verify(unpacked);
        assertFalse(result.passed());
        assertEquals(List.of("ndbg/2018"), result.links());
        assertEquals(List.of("ndbg/2018/pingshun.csv", "ndbg/2018/pingshun.html"), result.missing());
    }

    @Test
    void missingAndExtraFilesAreNamed() throws IOException {
        Files.delete(unpacked.resolve("a-site/ndbg/2018/pingshun.csv"));
        Files.writeString(unpacked.resolve("a-site/ndbg/extra.html"), "x");
        Verification result = ArchiveVerifier.verify(unpacked);
        assertEquals(List.of("ndbg/2018/pingshun.csv"), result.missing());
        assertEquals(List.of("ndbg/extra.html"), result.extra());
        assertTrue(result.failure().contains("\n  缺失 missing: ndbg/2018/pingshun.csv"), result.failure());
        assertTrue(result.failure().contains("\n  多出 extra: ndbg/extra.html"), result.failure());
    }

    @Test
    void aFolderWithoutManifestIsRefusedSayingWhichFolderToGive() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        OfflineArchiveError error = assertThrows(OfflineArchiveError.class, () -> ArchiveVerifier.verify(dir.resolve("empty")));
        assertTrue(error.getMessage().contains("中找不到 SHA256SUMS"), error.getMessage());
    }

    @Test
    void aManifestLineThatIsNotSha256sumFormatIsNamedByLine() {
        OfflineArchiveError error = assertThrows(OfflineArchiveError.class,
                () -> Manifest.parse("0123  index.html\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().startsWith("SHA256SUMS:1："), error.getMessage());
    }

    @Test
    void binaryModeLinesAreReadToo() {
        String hash = "a".repeat(64);
        assertEquals(java.util.Map.of("x y.html", hash),
                Manifest.parse((hash + " *x y.html\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).hashes());
    }
}
