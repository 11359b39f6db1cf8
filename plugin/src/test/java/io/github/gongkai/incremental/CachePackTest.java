package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache packed into a few files: what a build commits is what the next one reads, and a damaged file is a miss. */
class CachePackTest {

    @TempDir
    Path dir;

    @Test
    void committedEntriesAreReadByTheNextBuildAndOnlyThoseKept() throws IOException {
        try (CachePack first = CachePack.open(dir, "loaded")) {
            first.putAll(List.of("a", "b", "c"), CachePackTest::bytes);
            assertArrayEquals(bytes("b"), first.get("b").orElseThrow(), "readable in the build that wrote it");
            first.commit(key -> !key.equals("c"));
        }
        try (CachePack second = CachePack.open(dir, "loaded")) {
            assertEquals(Set.of("a", "b"), second.keys());
            assertArrayEquals(bytes("a"), second.get("a").orElseThrow());
            assertEquals(Optional.empty(), second.get("c"));
            second.put("d", bytes("d"));
            second.commit(key -> !key.equals("a"));
        }
        try (CachePack third = CachePack.open(dir, "loaded")) {
            assertEquals(Set.of("b", "d"), third.keys());
            assertArrayEquals(bytes("b"), third.get("b").orElseThrow());
            assertArrayEquals(bytes("d"), third.get("d").orElseThrow());
        }
    }

    @Test
    void aBuildThatDoesNotCommitChangesNothingAndItsPackIsDeletedLater() throws IOException {
        try (CachePack first = CachePack.open(dir, "narratives")) {
            first.put("a", bytes("a"));
            first.commit(key -> true);
        }
        Set<String> committed = names();
        try (CachePack interrupted = CachePack.open(dir, "narratives")) {
            interrupted.put("b", bytes("b"));
        }
        try (CachePack next = CachePack.open(dir, "narratives")) {
            assertEquals(Set.of("a"), next.keys());
            next.get("a").orElseThrow();
            next.commit(key -> true);
        }
        assertEquals(committed, names(), "the interrupted build's pack file is gone, nothing else changed");
    }

    @Test
    void damagedPackFilesAndIndexesAreMisses() throws IOException {
        try (CachePack pack = CachePack.open(dir, "reports")) {
            pack.putAll(List.of("a", "b"), CachePackTest::bytes);
            pack.commit(key -> true);
        }
        Path packFile = packFiles().get(0);
        byte[] bytes = Files.readAllBytes(packFile);
        bytes[bytes.length - 1] ^= 1;
        Files.write(packFile, bytes);
        try (CachePack pack = CachePack.open(dir, "reports")) {
            assertEquals(1, Stream.of("a", "b").filter(key -> pack.get(key).isPresent()).count(),
                    "the entry with the changed byte is a miss, the other is read");
        }

        Files.writeString(packFile, "another file under the same name");
        try (CachePack pack = CachePack.open(dir, "reports")) {
            assertFalse(pack.get("a").isPresent());
        }

        Files.writeString(dir.resolve("reports.index"), "坏了");
        try (CachePack pack = CachePack.open(dir, "reports")) {
            assertEquals(Set.of(), pack.keys());
            pack.put("a", bytes("a"));
            pack.commit(key -> true);
        }
        try (CachePack pack = CachePack.open(dir, "reports")) {
            assertArrayEquals(bytes("a"), pack.get("a").orElseThrow(), "a damaged index is replaced by the next commit");
        }
    }

    @Test
    void manyEditsLeaveFewPackFilesAndNoDeadBulk() throws IOException {
        try (CachePack pack = CachePack.open(dir, "narratives")) {
            pack.putAll(IntStream.range(0, 100).mapToObj(i -> "k" + i).toList(), CachePackTest::bytes);
            pack.commit(key -> true);
        }
        long size = packBytes();
        for (int edit = 0; edit < 20; edit++) {
            String replaced = "k" + edit;
            try (CachePack pack = CachePack.open(dir, "narratives")) {
                pack.put("e" + edit, bytes("e" + edit));
                pack.commit(key -> !key.equals(replaced));
            }
        }
        assertTrue(packFiles().size() <= 5, packFiles().toString());
        assertTrue(packBytes() < 2 * size, "dead entries do not pile up: " + packBytes() + " bytes");
        try (CachePack pack = CachePack.open(dir, "narratives")) {
            assertEquals(100, pack.keys().size());
            for (String key : pack.keys()) {
                assertArrayEquals(bytes(key), pack.get(key).orElseThrow(), key);
            }
        }

        try (CachePack pack = CachePack.open(dir, "narratives")) {
            pack.commit(key -> key.equals("k50"));
        }
        assertTrue(packBytes() < size / 10, "an almost empty cache is packed afresh: " + packBytes() + " bytes");
    }

    @Test
    void otherFilesInTheFolderAreLeftAlone() throws IOException {
        Files.writeString(dir.resolve("build-record"), "another cache's file");
        Files.writeString(dir.resolve("loaded.index.123.tmp"), "an interrupted index write");
        try (CachePack loaded = CachePack.open(dir, "loaded"); CachePack reports = CachePack.open(dir, "reports")) {
            loaded.put("a", bytes("a"));
            reports.put("a", bytes("r"));
            loaded.commit(key -> true);
            reports.commit(key -> true);
        }
        Set<String> names = names();
        assertTrue(names.contains("build-record"));
        assertFalse(names.contains("loaded.index.123.tmp"));
        assertEquals(2, names.stream().filter(name -> name.endsWith(".index")).count());
        try (CachePack reports = CachePack.open(dir, "reports")) {
            assertArrayEquals(bytes("r"), reports.get("a").orElseThrow());
        }
    }

    @Test
    void committingNothingIntoNoFolderCreatesNothing() {
        try (CachePack pack = CachePack.open(dir.resolve("absent"), "reports")) {
            pack.commit(key -> true);
        }
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    private static byte[] bytes(String key) {
        return (key + " 的内容 ").repeat(50).getBytes(StandardCharsets.UTF_8);
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private List<Path> packFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pack")).sorted().toList();
        }
    }

    private long packBytes() throws IOException {
        long total = 0;
        for (Path file : packFiles()) {
            total += Files.size(file);
        }
        return total;
    }
}
