package io.github.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's entry files: whole or absent, and only the used ones left after a build. */
class CacheFolderTest {

    @TempDir
    Path dir;

    @Test
    void entriesAreWrittenWholeAndReplaced() throws IOException {
        CacheFolder folder = new CacheFolder(dir.resolve("loaded"), ".loaded");
        folder.writeAll(List.of("a", "b"), key -> key.getBytes(StandardCharsets.UTF_8));
        folder.write("a", new byte[] {1, 2, 3});

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(folder.entry("a")));
        assertArrayEquals("b".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(folder.entry("b")));
        assertEquals(Set.of("a.loaded", "b.loaded"), names(dir.resolve("loaded")), "no temporary file is left");
    }

    @Test
    void pruneDeletesUnusedEntriesAndLeftTemporaryFilesButNotOthers() throws IOException {
        CacheFolder folder = new CacheFolder(dir, ".narrative");
        folder.writeAll(List.of("used", "unused"), key -> new byte[] {0});
        Files.writeString(dir.resolve("unused.narrative.123.tmp"), "an interrupted write");
        Files.writeString(dir.resolve("build-record"), "another cache's file");
        Files.createDirectories(dir.resolve("reports"));

        folder.prune("used"::equals);

        assertEquals(Set.of("used.narrative", "build-record", "reports"), names(dir));
    }

    @Test
    void pruningAFolderNotYetWrittenDoesNothing() {
        new CacheFolder(dir.resolve("absent"), ".report").prune(key -> false);
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
