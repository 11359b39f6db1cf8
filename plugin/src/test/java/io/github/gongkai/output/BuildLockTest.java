package io.github.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.OutputRefused;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build of one site waits for the first; it never runs beside it. */
class BuildLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondBuildWaitsUntilTheFirstReleasesTheSite() throws Exception {
        Path site = dir.resolve("target/site");
        List<String> said = new CopyOnWriteArrayList<>();
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
                said.add(message);
            }
        };
        CountDownLatch second = new CountDownLatch(1);
        CompletableFuture<Void> waiting;
        try (BuildLock first = BuildLock.of(site, log)) {
            waiting = CompletableFuture.runAsync(() -> {
                try (BuildLock lock = BuildLock.of(site, log)) {
                    second.countDown();
                }
            });
            // Bounded only so that a broken lock cannot hang the suite; no timing is asserted.
            for (int i = 0; i < 600 && said.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(1, said.size(), "the second build says it waits: " + said);
            assertTrue(said.get(0).contains("另一个构建正在写入"), said.get(0));
            assertFalse(second.await(0, TimeUnit.SECONDS), "it has not gone on while the first holds the site");
        }
        waiting.get(60, TimeUnit.SECONDS);
        assertTrue(second.await(0, TimeUnit.SECONDS), "it went on once the first was done");
    }

    @Test
    void aBuildThatWaitsTooLongSaysWhoToStop() throws Exception {
        Path site = dir.resolve("target/site");
        try (BuildLock first = BuildLock.of(site, BuildLog.silent())) {
            OutputRefused refused = assertThrows(OutputRefused.class,
                    () -> BuildLock.of(site, BuildLog.silent(), Duration.ZERO));
            assertTrue(refused.getMessage().contains("site:serve"), refused.getMessage());
        }
    }
}
