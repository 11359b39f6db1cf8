package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.FolderHashes;
import io.github.gongkai.testing.FromNothing;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.testing.SiteProject;
import io.github.gongkai.testing.StalledBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of writing the site: the previous {@code target/site} stays byte for byte
 * as it was, and the next build clears what the killed one left behind.
 */
@Tag("pipeline")
class InterruptedBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildKilledMidWriteLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        Path project = dir.resolve("project");
        SiteProject site = SiteProject.standard(project).file("reports/2018/pingshun.md", "# 旧版正文\n\n2018年。\n");
        Path output = dir.resolve("target/site");
        new SiteGenerator(BuildLog.silent(), getClass().getClassLoader()).generate(project, output);
        Map<String, String> before = sha256OfEveryFile(output);

        // The second build has more to publish, so a swap would show in the hashes.
        site.file("reports/2018/pingshun.md", "# 新版正文\n\n改过的正文。\n").file("reports/2017/fgj.md", "# 2017\n");
        Path stalled = dir.resolve("stalled");
        Process child = stalledBuild(project.toString(), output.toString(), stalled.toString(), "404.ftlh");
        try {
            waitFor(stalled, child);
            List<Path> staging = siblings(output, ".site-new-");
            assertEquals(1, staging.size(), "the child is writing into its staging folder");
            assertTrue(Files.isRegularFile(staging.get(0).resolve("index.html")), "pages are being written");
            assertTrue(Files.isRegularFile(staging.get(0).resolve("ndbg/2018/pingshun.html")), "report pages too");
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally runs in the child
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertNotEquals(0, child.exitValue());

        assertEquals(before, sha256OfEveryFile(output), "the previous site is byte-identical");
        assertEquals(1, siblings(output, ".site-new-").size(), "the killed build's staging folder is left behind");
        Files.writeString(siblings(output, ".site-new-").get(0).resolve("leftover.html"), "半成品");

        new SiteGenerator(BuildLog.silent(), getClass().getClassLoader()).generate(project, output);
        assertEquals(List.of(), siblings(output, ".site-"), "the next build removed the leftover");
        assertFalse(Files.exists(output.resolve("leftover.html")), "the leftover never became part of the site");
        assertTrue(Files.readString(output.resolve("ndbg/2018/pingshun.html")).contains("改过的正文。"));
        assertTrue(Files.isRegularFile(output.resolve("ndbg/2017/fgj.html")));
    }

    @Test
    void anUpdateInPlaceKilledBeforeItsCommitLeavesThePreviousSite() throws Exception {
        Path project = dir.resolve("project");
        SiteProject site = SiteProject.standard(project).file("reports/2018/pingshun.md", "# 旧版正文\n\n2018年。\n")
                .file("reports/2018/fgj.md", "# 2018\n").file("reports/2016/pingshun.md", "# 2016\n")
                .file("reports/2015/pingshun.md", "# 2015\n");
        Path output = project.resolve("target/site");
        Path cache = project.resolve("target/gongkai-cache");
        new SiteGenerator(BuildLog.silent(), getClass().getClassLoader()).generate(project, output, cache);
        Map<String, String> before = sha256OfEveryFile(output);

        // A new report changes the search page's list of years, rendered after every report page.
        site.file("reports/2018/pingshun.md", "# 新版正文\n\n改过的正文。\n").file("reports/2017/fgj.md", "# 2017\n");
        Path stalled = dir.resolve("stalled");
        Process child = stalledBuild(project.toString(), output.toString(), stalled.toString(), "search.ftlh",
                cache.toString());
        try {
            waitFor(stalled, child);
            List<Path> staging = siblings(output, ".site-new-");
            assertEquals(1, staging.size(), "the child writes what changed into a folder of its own");
            assertTrue(Files.isRegularFile(staging.get(0).resolve("ndbg/2018/pingshun.html")));
            assertFalse(Files.exists(staging.get(0).resolve("ndbg/2015/pingshun.html")),
                    "a page that did not change stays where it is: neither written again nor linked");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertNotEquals(0, child.exitValue());
        assertEquals(before, sha256OfEveryFile(output), "the previous site is byte-identical");

        new SiteGenerator(BuildLog.silent(), getClass().getClassLoader()).generate(project, output, cache);
        assertEquals(List.of(), siblings(output, ".site-"), "the next build removed the leftover");
        assertTrue(Files.readString(output.resolve("ndbg/2018/pingshun.html")).contains("改过的正文。"));
        FromNothing.assertSameSite(project, output, dir.resolve("fresh"));
    }

    /** {@link StalledBuild} in a child JVM with {@code arguments}, its output in child.log. */
    private Process stalledBuild(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StalledBuild.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    /** Waits for the child to reach its stall point; bounded only so that a broken child cannot hang the suite. */
    private static void waitFor(Path marker, Process child) throws Exception {
        for (int i = 0; i < 1200 && !Files.exists(marker); i++) {
            assertTrue(child.isAlive(), "the child build ended before stalling");
            Thread.sleep(100);
        }
        assertTrue(Files.exists(marker), "the child build did not reach its stall point within 2 minutes");
    }

    private static List<Path> siblings(Path output, String prefix) throws IOException {
        try (Stream<Path> beside = Files.list(output.getParent())) {
            return beside.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static Map<String, String> sha256OfEveryFile(Path root) {
        Map<String, String> hashes = FolderHashes.of(root);
        assertFalse(hashes.isEmpty());
        return hashes;
    }
}
