package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongkai.testing.FolderHashes;
import io.github.gongkai.testing.SiteLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Reads what real Maven runs of {@code mvn site:archive} produced for src/it/archive-site: two
 * archives of the same site built twice, the archive unzipped by Ant, a copy with one byte
 * changed, and the verify runs over both.
 */
class ArchiveMojoIT {

    private static final Path PROJECT = Path.of(System.getProperty("gongkai.it.dir", "target/it"), "archive-site");
    private static final Path ZIP = PROJECT.resolve("target/archive-site-1-site.zip");
    private static final Path UNPACKED = PROJECT.resolve("target/unpacked/archive-site-1-site");

    private static String buildLog(String project) throws IOException {
        return Files.readString(PROJECT.resolveSibling(project).resolve("build.log"));
    }


    @Test
    void theSameSiteBuiltTwiceGivesByteIdenticalArchives() throws IOException {
        assertArrayEquals(Files.readAllBytes(PROJECT.resolve("target/first.zip")), Files.readAllBytes(ZIP));
    }

    @Test
    void theManifestListsEveryUnpackedFileWithItsSha256() throws Exception {
        List<String> lines = Files.readAllLines(UNPACKED.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UNPACKED)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = UNPACKED.relativize(file).toString().replace('\\', '/');
                if (!path.equals("SHA256SUMS")) {
                    expected.add(FolderHashes.sha256(Files.readAllBytes(file)) + "  " + path);
                }
            }
        }
        assertEquals(expected, lines);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  ndbg/2018/pingshun.html")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  readme.html")), lines.toString());
    }

    @Test
    void sha256sumAcceptsTheManifest() throws Exception {
        boolean available;
        try {
            available = new ProcessBuilder("sha256sum", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            available = false;
        }
        assumeTrue(available, "sha256sum is not installed");
        Process check = new ProcessBuilder("sha256sum", "--check", "--strict", "SHA256SUMS")
                .directory(UNPACKED.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);
        assertTrue(output.contains("ndbg/2018/pingshun.html: OK"), output);
    }

    @Test
    void everyEntryCarriesTheOutputTimestampAndTheReadmeSaysWhen() throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.parse("2024-06-30T08:00:00"), e.getTimeLocal(), e.getName());
                assertTrue(e.getName().startsWith("archive-site-1-site/"), e.getName());
            }
        }
        var readme = SiteLinks.parse(UNPACKED.resolve("readme.html"));
        assertEquals("测试站 离线存档说明", readme.title());
        assertTrue(readme.text().contains("构建时间 2024-06-30 16:00（北京时间） / 2024-06-30T08:00:00Z"), readme.text());
        assertTrue(Files.isRegularFile(UNPACKED.resolve(readme.selectFirst("a").attr("href"))));
    }

    @Test
    void theUnpackedSiteWorksFromDiskWithEveryLinkResolving() {
        assertEquals(List.of(), SiteLinks.problems(UNPACKED));
    }

    @Test
    void verifyPassesOnTheUnpackedArchiveAndFailsNamingTheChangedFile() throws IOException {
        Path original = UNPACKED.resolve("ndbg/2018/pingshun.html");
        Path tampered = PROJECT.resolve("target/tampered/archive-site-1-site/ndbg/2018/pingshun.html");
        byte[] before = Files.readAllBytes(original);
        byte[] after = Files.readAllBytes(tampered);
        assertEquals(before.length, after.length);
        int differing = 0;
        for (int i = 0; i < before.length; i++) {
            differing += before[i] != after[i] ? 1 : 0;
        }
        assertEquals(1, differing, "the test changed exactly one byte");

        String log = buildLog("archive-site");
        assertTrue(log.contains("离线存档校验通过："), log);
        assertTrue(log.contains("BUILD FAILURE"), log);
        assertTrue(log.contains("离线存档校验未通过："), log);
        assertTrue(log.contains("中有 1 个文件与 SHA256SUMS 不符"), log);
        assertTrue(log.contains("已改动 changed: ndbg/2018/pingshun.html"), log);
        assertFalse(log.lines().anyMatch(l -> l.matches("\\s+at \\S+\\(.*\\)")), "no stack trace:\n" + log);
    }

    @Test
    void archivingBeforeGeneratingFailsTellingWhatToRun() throws IOException {
        String log = buildLog("archive-not-generated");
        assertTrue(log.contains("BUILD FAILURE"), log);
        assertTrue(log.contains("请先运行 mvn site:generate，或一并运行 mvn site:generate site:archive"), log);
        assertFalse(Files.exists(PROJECT.resolveSibling("archive-not-generated/target/archive-not-generated-1-site.zip")));
    }

    @Test
    void skipLeavesTheGoalOutEvenWithoutASite() throws IOException {
        String log = buildLog("archive-not-generated");
        assertTrue(log.contains("已跳过 / skipped (gongkai.skip)"), log);
        assertTrue(log.contains("BUILD SUCCESS"), log);
    }
}
