package io.github.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOutputTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Nothing a build made is left beside the site: no staging folder, no old site. */
    private void assertOnlyTheSiteBesideIt(String message) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), message);
        }
    }

    @Test
    void commitReplacesThePreviousSiteWhole() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("old"));
        Files.writeString(site.resolve("old/stale.html"), "stale");

        try (SiteOutput output = SiteOutput.begin(site)) {
            output.write("ndbg/index.html", utf8("新"));
            output.commit();
        }

        assertEquals("新", Files.readString(site.resolve("ndbg/index.html")));
        assertFalse(Files.exists(site.resolve("old")));
        assertOnlyTheSiteBesideIt("no staging or old folder is left beside the site");
    }

    @Test
    void aPageWrittenWithTheSameBytesKeepsItsFileAndModificationTime() throws IOException {
        Path site = dir.resolve("site");
        try (SiteOutput output = SiteOutput.begin(site)) {
            output.write("index.html", utf8("首页"));
            output.write("ndbg/2018/a.html", utf8("旧"));
            output.commit();
        }
        Object index = Files.getAttribute(site.resolve("index.html"), "unix:ino");
        Object report = Files.getAttribute(site.resolve("ndbg/2018/a.html"), "unix:ino");

        try (SiteOutput output = SiteOutput.begin(site)) {
            output.write("index.html", utf8("首页"));
            output.write("ndbg/2018/a.html", utf8("新"));
            output.commit();
            assertEquals(2, output.fileCount());
        }

        assertEquals(index, Files.getAttribute(site.resolve("index.html"), "unix:ino"), "the same file, kept");
        assertNotEquals(report, Files.getAttribute(site.resolve("ndbg/2018/a.html"), "unix:ino"));
        assertEquals("新", Files.readString(site.resolve("ndbg/2018/a.html")));
    }

    @Test
    void aBuildThatFailsLeavesThePreviousSiteAsItWas() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "上一版");

        assertThrows(IllegalStateException.class, () -> {
            try (SiteOutput output = SiteOutput.begin(site)) {
                output.write("index.html", utf8("半成品"));
                throw new IllegalStateException("a later page failed");
            }
        });

        assertEquals("上一版", Files.readString(site.resolve("index.html")));
        assertOnlyTheSiteBesideIt("the staging folder is removed");
    }

    @Test
    void theSiteFolderIsReadableByTheWebServer() throws IOException {
        Path site = dir.resolve("site");
        try (SiteOutput output = SiteOutput.begin(site)) {
            output.write("index.html", utf8("首页"));
            output.commit();
        }
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(site)));
    }

    @Test
    void aSwapKilledHalfWayIsUndoneByTheNextBuild() throws IOException {
        Path site = dir.resolve("site");
        Path setAside = Files.createDirectories(dir.resolve(".site-old-123"));
        Files.writeString(setAside.resolve("index.html"), "上一版");
        Files.createDirectories(dir.resolve(".site-new-456"));

        try (SiteOutput output = SiteOutput.begin(site)) {
            assertEquals("上一版", Files.readString(site.resolve("index.html")), "the previous site is back in place");
            assertFalse(Files.exists(setAside));
            assertFalse(Files.exists(dir.resolve(".site-new-456")));
            throw new IllegalStateException("this build fails too");
        } catch (IllegalStateException expected) {
            // the previous site must survive this one as well
        }
        assertEquals("上一版", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aPathCannotLeaveTheSite() {
        try (SiteOutput output = SiteOutput.begin(dir.resolve("site"))) {
            assertThrows(IllegalArgumentException.class, () -> output.write("../escape.html", utf8("x")));
        }
    }

    /** A site of three pages, two of them in one year folder, as a build writes it. */
    private Path threePages() throws IOException {
        Path site = dir.resolve("site");
        try (SiteOutput output = SiteOutput.begin(site)) {
            output.write("index.html", utf8("首页"));
            output.write("ndbg/2018/a.html", utf8("甲"));
            output.write("ndbg/2019/b.html", utf8("乙"));
            output.commit();
        }
        return site;
    }

    @Test
    void anUpdateInPlaceWritesWhatChangedAndRemovesWhatIsNoLongerMade() throws IOException {
        Path site = threePages();
        Object index = Files.getAttribute(site.resolve("index.html"), "unix:ino");
        Object kept = Files.getAttribute(site.resolve("ndbg/2018/a.html"), "unix:ino");
        FileTime time = Files.getLastModifiedTime(site.resolve("index.html"));

        try (SiteOutput output = SiteOutput.update(site, Set.of("index.html", "ndbg/2018/a.html", "ndbg/2019/b.html"))) {
            output.write("index.html", utf8("首页"));
            output.keep("ndbg/2018/a.html");
            output.write("ndbg/2018/c.html", utf8("丙"));
            assertEquals("甲", Files.readString(site.resolve("ndbg/2018/a.html")), "nothing changes before the commit");
            assertFalse(Files.exists(site.resolve("ndbg/2018/c.html")));
            output.commit();
            assertEquals(3, output.fileCount());
            assertEquals(Set.of("ndbg/2018/c.html"), output.changed());
            assertEquals(Set.of("ndbg/2019/b.html"), output.removed());
        }

        assertEquals(index, Files.getAttribute(site.resolve("index.html"), "unix:ino"));
        assertEquals(time, Files.getLastModifiedTime(site.resolve("index.html")));
        assertEquals(kept, Files.getAttribute(site.resolve("ndbg/2018/a.html"), "unix:ino"));
        assertEquals("丙", Files.readString(site.resolve("ndbg/2018/c.html")));
        assertFalse(Files.exists(site.resolve("ndbg/2019")), "a folder left empty goes too");
        assertOnlyTheSiteBesideIt("no staging folder is left beside the site");
    }

    @Test
    void aChangedFileReplacesItsOldVersionInPlace() throws IOException {
        Path site = threePages();
        try (SiteOutput output = SiteOutput.update(site, Set.of("index.html", "ndbg/2018/a.html", "ndbg/2019/b.html"))) {
            output.write("index.html", utf8("新首页"));
            output.keep("ndbg/2018/a.html");
            output.keep("ndbg/2019/b.html");
            output.commit();
            assertEquals(Set.of("index.html"), output.changed());
            assertEquals(Set.of(), output.removed());
        }
        assertEquals("新首页", Files.readString(site.resolve("index.html")));
        assertEquals("乙", Files.readString(site.resolve("ndbg/2019/b.html")));
    }

    @Test
    void anUpdateThatFailsLeavesThePreviousSiteAsItWas() throws IOException {
        Path site = threePages();
        assertThrows(IllegalStateException.class, () -> {
            try (SiteOutput output = SiteOutput.update(site, Set.of("index.html", "ndbg/2018/a.html",
                    "ndbg/2019/b.html"))) {
                output.write("index.html", utf8("半成品"));
                output.write("ndbg/2020/d.html", utf8("丁"));
                throw new IllegalStateException("a later page failed");
            }
        });
        assertEquals("首页", Files.readString(site.resolve("index.html")));
        assertEquals("乙", Files.readString(site.resolve("ndbg/2019/b.html")));
        assertFalse(Files.exists(site.resolve("ndbg/2020")));
        assertOnlyTheSiteBesideIt("the staging folder is removed");
    }

    @Test
    void anUpdateTouchesOnlyWhatChanged() throws IOException {
        Path site = threePages();
        FileTime time = Files.getLastModifiedTime(site.resolve("ndbg/2018"));
        try (SiteOutput output = SiteOutput.update(site, Set.of("index.html", "ndbg/2018/a.html", "ndbg/2019/b.html"))) {
            output.keep("ndbg/2018/a.html");
            output.write("ndbg/2019/b.html", utf8("乙"));
            output.write("index.html", utf8("新首页"));
            try (Stream<Path> aside = Files.walk(dir).filter(f -> !f.startsWith(site) && Files.isRegularFile(f))) {
                assertEquals(1, aside.count(), "only the changed page is written aside, nothing linked");
            }
            output.commit();
        }
        assertEquals(time, Files.getLastModifiedTime(site.resolve("ndbg/2018")), "an untouched folder is not rewritten");
        assertEquals("新首页", Files.readString(site.resolve("index.html")));
        assertOnlyTheSiteBesideIt("no journal or staging folder is left");
    }

    @Test
    void anUpdateKilledWhileMovingItsFilesInIsFinishedByTheNextBuild() throws IOException {
        Path site = threePages();
        // What a build killed in the middle of its commit leaves: the journal, the staging folder with
        // the files not yet moved in, one removal done and one not.
        Path staging = Files.createDirectories(dir.resolve(".site-new-789/ndbg/2020"));
        Files.writeString(staging.resolve("d.html"), "丁");
        Files.writeString(dir.resolve(".site-journal"), String.join("\n", ".site-new-789",
                "D\tndbg/2018/a.html", "D\tndbg/2019/b.html", "M\tindex.html", "M\tndbg/2020/d.html"));
        Files.delete(site.resolve("ndbg/2018/a.html"));
        Files.writeString(site.resolve("index.html"), "新首页"); // moved in before the kill

        try (SiteOutput output = SiteOutput.begin(site)) {
            assertEquals("丁", Files.readString(site.resolve("ndbg/2020/d.html")));
            assertEquals("新首页", Files.readString(site.resolve("index.html")));
            assertFalse(Files.exists(site.resolve("ndbg/2019")), "the removal is done and its folder removed");
            assertFalse(Files.exists(site.resolve("ndbg/2018")));
            assertFalse(Files.exists(dir.resolve(".site-journal")));
            assertFalse(Files.exists(dir.resolve(".site-new-789")));
        }
        assertOnlyTheSiteBesideIt("the journal is finished and gone");
    }

    @Test
    void aJournalNamingAFolderThatIsNotItsStagingFolderMovesAndDeletesNothing() throws IOException {
        Path site = threePages();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/ndbg/2018"));
        Files.writeString(elsewhere.resolve("a.html"), "别人的文件");
        Files.writeString(dir.resolve(".site-journal"), String.join("\n", "elsewhere", "M\tndbg/2018/a.html"));

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SiteOutput.begin(site).close());
        assertTrue(e.getCause().getMessage().contains(".site-journal"), e.getCause().getMessage());
        assertEquals("别人的文件", Files.readString(elsewhere.resolve("a.html")));
        assertEquals("甲", Files.readString(site.resolve("ndbg/2018/a.html")));
    }

    @Test
    void onlyAFileOfTheSiteInPlaceCanBeKept() throws IOException {
        Path site = threePages();
        try (SiteOutput output = SiteOutput.update(site, Set.of("index.html"))) {
            assertThrows(UncheckedIOException.class, () -> output.keep("ndbg/2018/gone.html"));
        }
    }
}
