package io.github.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.output.SiteSnapshot;
import io.github.gongkai.pipeline.LiveSite;
import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.testing.ChildMaven;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview under a burst of saves, with real builds of the incremental project: a report's
 * title is saved again and again while a reader fetches the report and its year page, which both
 * show the title. Whenever no build was swapped in between the two requests, they must show the
 * same version: a page is never served from a half-built site. Nothing is timed.
 */
@Tag("pipeline")
class LivePreviewTest {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern REVISION = Pattern.compile("教育局报告第(\\d+)版");

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBurstOfSavesNeverServesAHalfBuiltSite() throws Exception {
        Path project = ChildMaven.copy(Path.of("src/it/incremental"), dir.resolve("project"));
        Path report = project.resolve("reports/2017/jyj.md");
        String text = Files.readString(report);
        save(report, text, 0);
        SiteGenerator generator = new SiteGenerator(BuildLog.silent(), getClass().getClassLoader(), true);
        try (LiveSite site = generator.live(project, project.resolve("target/site"), null);
                LivePreview preview = new LivePreview(project, site::build, BuildLog.silent())) {
            URI home = preview.start("127.0.0.1", 0);
            AtomicBoolean saving = new AtomicBoolean(true);
            int saves = 30;
            Thread editor = new Thread(() -> {
                try {
                    for (int i = 1; i <= saves; i++) {
                        save(report, text, i);
                        Thread.sleep(i % 5 == 0 ? 400 : 20); // bursts, with pauses in which builds finish
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    saving.set(false);
                }
            });
            editor.start();
            List<String> agreed = new ArrayList<>();
            long deadline = System.nanoTime() + 300_000_000_000L; // a bound, so that a hang fails
            while (saving.get() || agreed.isEmpty() || !agreed.get(agreed.size() - 1).equals(String.valueOf(saves))) {
                assertTrue(System.nanoTime() < deadline, "the last save was never served: " + agreed);
                long before = version(home);
                String page = revision(get(home, "ndbg/2017/jyj.html"));
                String year = revision(get(home, "ndbg/2017/index.html"));
                if (version(home) == before) {
                    assertEquals(page, year, "the report and its year page of one build");
                    agreed.add(page);
                }
            }
            editor.join();
            assertTrue(agreed.size() > 1, "pages of one build were compared: " + agreed);
        }
    }

    /**
     * A report in a year folder that did not exist, saved at once after the folder was made (before
     * the watcher could watch it), then edited: the preview serves it, then its edit.
     */
    @Test
    void aReportInANewYearFolderAppears() throws Exception {
        Path project = ChildMaven.copy(Path.of("src/it/incremental"), dir.resolve("project"));
        SiteGenerator generator = new SiteGenerator(BuildLog.silent(), getClass().getClassLoader(), true);
        try (LiveSite site = generator.live(project, project.resolve("target/site"), null);
                LivePreview preview = new LivePreview(project, site::build, BuildLog.silent())) {
            URI home = preview.start("127.0.0.1", 0);
            Path report = project.resolve("reports/2016/fgj.md");
            Files.createDirectories(report.getParent());
            Files.writeString(report, "## 一、概述\n\n发改局2016年的报告，第1稿。\n");
            awaitPage(home, "ndbg/2016/fgj.html", "第1稿");
            Files.writeString(report, "## 一、概述\n\n发改局2016年的报告，第2稿。\n");
            awaitPage(home, "ndbg/2016/fgj.html", "第2稿");
        }
    }

    /** A build during which an input is saved again is not served: the next build, at once, is. */
    @Test
    void aBuildDuringWhichAnInputWasSavedIsNotServed() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path report = Files.writeString(Files.createDirectories(project.resolve("reports/2018")).resolve("a.md"), "0");
        AtomicInteger builds = new AtomicInteger();
        Function<Optional<Set<Path>>, SiteSnapshot> build = changes -> {
            int n = builds.incrementAndGet();
            if (n == 2) {
                save(report, "saved while build 2 ran");
                pause(); // the rest of the build, in which the save's event arrives
            }
            SiteSnapshot.Builder site = SiteSnapshot.EMPTY.next();
            site.write("index.html", ("build " + n).getBytes(StandardCharsets.UTF_8));
            return site.build();
        };
        try (LivePreview preview = new LivePreview(project, build, BuildLog.silent())) {
            URI home = preview.start("127.0.0.1", 0);
            save(report, "1");
            awaitPage(home, "index.html", "build 3");
            assertEquals(2, version(home), "build 1, then build 3 served; build 2 never");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void save(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code path} is served with {@code text} in it (failing after a bound). */
    private void awaitPage(URI home, String path, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(home.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (page.statusCode() == 200 && page.body().contains(text)) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, path + " never showed " + text);
            Thread.sleep(50);
        }
    }

    private static void save(Path report, String text, int revision) throws IOException {
        Files.writeString(report, "---\ntitle: 教育局报告第" + revision + "版\n---\n" + text);
    }

    private long version(URI home) throws IOException, InterruptedException {
        Matcher m = VERSION.matcher(get(home, "__gongkai/state"));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static String revision(String page) {
        Matcher m = REVISION.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private String get(URI home, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(home.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
