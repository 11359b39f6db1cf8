package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.ChildMaven;
import io.github.gongkai.testing.FolderHashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole {@code mvn site:generate} process killed (kill -9, every process of it) at many
 * moments of a rebuild of the example site, and two builds of one project started at once. After
 * a kill, {@code target/site} is the previous site whole or the new one whole (or, killed in the
 * instant between the swap's two renames, absent with the previous one whole beside it); the
 * next build repairs it. Two builds at once both succeed, one after the other, and leave the site
 * a build from nothing gives. Kill moments are spread over a measured build; no timing is asserted.
 */
class InterruptedMavenIT {

    private static final Path WORK = Path.of("target/interrupted-it").toAbsolutePath();
    private static final int KILLS = 8;

    private static Path freshCopyOfTheExampleSite(String name) throws IOException {
        Path to = WORK.resolve(name);
        FolderHashes.deleteTree(to);
        return ChildMaven.copy(Path.of("../site-content"), to);
    }

    private static void generate(Path project, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("site:generate"));
        arguments.addAll(List.of(more));
        ChildMaven.Result result = ChildMaven.run(project, arguments.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.log());
    }

    /** Two states of the input: a figure and a narrative edited, so that many pages change. */
    private static void edit(Path project, boolean edited) throws IOException {
        Path figures = project.resolve("reports/2023/dlz.yaml");
        Path narrative = project.resolve("reports/2023/dlz.md");
        String yaml = Files.readString(figures);
        String text = Files.readString(narrative);
        String extra = "\n\n本段用于中断测试。\n";
        if (edited && !text.endsWith(extra)) {
            Files.writeString(figures, yaml.replace("licensing:   {decisions: 13}", "licensing:   {decisions: 14}"));
            Files.writeString(narrative, text + extra);
        } else if (!edited && text.endsWith(extra)) {
            Files.writeString(figures, yaml.replace("licensing:   {decisions: 14}", "licensing:   {decisions: 13}"));
            Files.writeString(narrative, text.substring(0, text.length() - extra.length()));
        }
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneWhole() throws Exception {
        Path project = freshCopyOfTheExampleSite("killed");
        assertTrue(Files.readString(project.resolve("reports/2023/dlz.yaml")).contains("licensing:   {decisions: 13}"));
        Path site = project.resolve("target/site");
        edit(project, true);
        long start = System.nanoTime();
        generate(project);
        long buildNanos = System.nanoTime() - start;
        Map<String, String> edited = FolderHashes.of(site);
        edit(project, false);
        generate(project);
        Map<String, String> original = FolderHashes.of(site);
        assertTrue(!original.equals(edited), "the edit changes the site");

        int old = 0;
        int whole = 0;
        int absent = 0;
        for (int i = 1; i <= KILLS; i++) {
            edit(project, true);
            Process maven = ChildMaven.start(project, WORK.resolve("killed-" + i + ".log"), "site:generate");
            // Spread over the measured build, the last ones near its end where the site is swapped.
            long at = buildNanos * (i + 2) / (KILLS + 3);
            if (!maven.waitFor(at, TimeUnit.NANOSECONDS)) {
                ChildMaven.kill(maven);
            }
            if (Files.isDirectory(site)) {
                Map<String, String> now = FolderHashes.of(site);
                assertTrue(now.equals(original) || now.equals(edited), "kill " + i + ": a mix of two sites");
                if (now.equals(original)) {
                    old++;
                } else {
                    whole++;
                }
            } else {
                absent++;
                List<Path> aside = aside(site);
                assertEquals(1, aside.size(), "kill " + i + ": the previous site is beside the folder");
                assertEquals(original, FolderHashes.of(aside.get(0)), "kill " + i + ": and whole");
            }
            // The next build clears what the killed one left and gives the site of its input.
            edit(project, false);
            generate(project);
            assertEquals(original, FolderHashes.of(site), "after kill " + i + ", the next build repairs the site");
            assertEquals(List.of(), aside(site), "nothing is left beside the site");
        }
        System.out.printf("killed %d builds: %d left the old site, %d the new one, %d none (the old one beside)%n",
                KILLS, old, whole, absent);
    }

    private static List<Path> aside(Path site) throws IOException {
        try (Stream<Path> beside = Files.list(site.getParent())) {
            return beside.filter(p -> p.getFileName().toString().startsWith(".site-")).sorted().toList();
        }
    }

    @Test
    void twoBuildsAtOnceBothSucceedAndLeaveTheSiteOfABuildFromNothing() throws Exception {
        Path project = freshCopyOfTheExampleSite("twice");
        generate(project);
        for (int round = 1; round <= 3; round++) {
            edit(project, round % 2 == 1);
            Process first = ChildMaven.start(project, WORK.resolve("twice-" + round + "a.log"), "site:generate");
            Process second = ChildMaven.start(project, WORK.resolve("twice-" + round + "b.log"), "site:generate");
            assertTrue(first.waitFor(10, TimeUnit.MINUTES) && second.waitFor(10, TimeUnit.MINUTES));
            assertEquals(0, first.exitValue(), Files.readString(WORK.resolve("twice-" + round + "a.log")));
            assertEquals(0, second.exitValue(), Files.readString(WORK.resolve("twice-" + round + "b.log")));
            generate(project, "-Dgongkai.outputDirectory=" + WORK.resolve("fresh-" + round),
                    "-Dgongkai.cacheDirectory=" + WORK.resolve("fresh-cache-" + round));
            Map<String, String> fromNothing = FolderHashes.of(WORK.resolve("fresh-" + round));
            assertEquals(fromNothing, FolderHashes.of(project.resolve("target/site")), "round " + round);
            // And the build record vouches for that site: the next build keeps it as it is.
            ChildMaven.Result kept = ChildMaven.run(project, "site:generate");
            assertTrue(kept.log().contains("沿用上次生成的网站"), kept.log());
            assertEquals(fromNothing, FolderHashes.of(project.resolve("target/site")), "round " + round + ", kept");
        }
    }
}
