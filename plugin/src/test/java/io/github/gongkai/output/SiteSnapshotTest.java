package io.github.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's website in memory: built whole, kept from the last one, and only inside the site. */
class SiteSnapshotTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(SiteSnapshot site, String path) throws IOException {
        try (InputStream in = site.file(path).orElseThrow().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBuildMakesANewSiteAndLeavesTheLastOneAsItWas() throws IOException {
        SiteSnapshot.Builder first = SiteSnapshot.EMPTY.next();
        first.write("index.html", utf8("首页"));
        first.write("ndbg/2024/xian.html", utf8("第一版"));
        first.write("ndbg/2024/xiang.html", utf8("乡"));
        SiteSnapshot one = first.build();

        SiteSnapshot.Builder second = one.next();
        second.keep("index.html");
        second.write("ndbg/2024/xian.html", utf8("第二版"));
        assertEquals(2, second.fileCount());
        SiteSnapshot two = second.build();

        assertEquals("第一版", read(one, "ndbg/2024/xian.html"), "the served site never changes under a reader");
        assertEquals("第二版", read(two, "ndbg/2024/xian.html"));
        assertSame(one.file("index.html").orElseThrow(), two.file("index.html").orElseThrow(), "kept, not copied");
        assertEquals(List.of("index.html", "ndbg/2024/xian.html"), List.copyOf(two.paths()));
        assertFalse(two.file("ndbg/2024/xiang.html").isPresent(), "a page the new build did not make is gone");
    }

    @Test
    void onlyAFileTheLastBuildMadeCanBeKept() {
        SiteSnapshot.Builder next = SiteSnapshot.EMPTY.next();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> next.keep("index.html"));
        assertTrue(e.getMessage().contains("index.html"), e.getMessage());
    }

    @Test
    void foldersAreThePathsFilesLieBelow() {
        SiteSnapshot.Builder next = SiteSnapshot.EMPTY.next();
        next.write("ndbg/2024/xian.html", utf8("县"));
        next.write("ndbg-old.html", utf8("旧"));
        SiteSnapshot site = next.build();
        assertTrue(site.isFolder("ndbg"));
        assertTrue(site.isFolder("ndbg/2024/"));
        assertTrue(site.isFolder(""));
        assertFalse(site.isFolder("ndbg/2024/xian.html"));
        assertFalse(site.isFolder("ndb"), "a prefix of a folder's name is not the folder");
    }

    @Test
    void anAssetIsReadFromItsFileNotHeld() throws IOException {
        Path pdf = Files.writeString(dir.resolve("原件.pdf"), "%PDF-1.7");
        SiteSnapshot.Builder next = SiteSnapshot.EMPTY.next();
        next.copy("assets/原件.pdf", pdf);
        SiteSnapshot site = next.build();
        try (InputStream in = site.file("assets/原件.pdf").orElseThrow().open()) {
            assertArrayEquals(utf8("%PDF-1.7"), in.readAllBytes());
        }
    }

    @Test
    void noPathLeavesTheSite() {
        SiteSnapshot.Builder next = SiteSnapshot.EMPTY.next();
        for (String bad : List.of("../x.html", "/etc/passwd", "a/../../x", "a//b", "a\\b", "a/", "", "./x")) {
            assertThrows(IllegalArgumentException.class, () -> next.write(bad, utf8("x")), bad);
        }
    }
}
