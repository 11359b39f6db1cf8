package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.ChildMaven;
import io.github.gongkai.testing.FolderHashes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn site:serve} as a real child process (the Maven that runs this build, the plugin from
 * the invoker's local repository) on a copy of src/it/basic-site: the page is served on loopback,
 * an edited report is served updated, a broken one keeps the previous site and reports its error,
 * the process stops when told to, and what it served is what site:generate then writes. Waits are
 * bounded and generous; nothing is timed.
 */
class ServeMojoIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Pattern ADDRESS = Pattern.compile("serving at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final String REPORT = "ndbg/2018/pingshun.html";
    private static final String SCRIPT = "<script src=\"/__gongkai/reload.js\" defer></script>";

    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Process maven;

    @AfterEach
    void stop() throws InterruptedException, IOException {
        if (maven != null && maven.isAlive()) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        synchronized (output) {
            Files.write(Path.of("target/serve-it/serve.log"), output); // the child's log, for a failing run
        }
    }

    @Test
    void servesRebuildsOnEditKeepsThePreviousSiteOnErrorAndStops() throws Exception {
        Path project = copyOfBasicSite();
        maven = start(project, "0");
        String home = waitFor(() -> address(), a -> a != null, "the serving address in the log");

        HttpResponse<String> page = get(home + REPORT);
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("平顺街道办事处"), page.body());
        assertTrue(page.body().contains("<script src=\"/__gongkai/reload.js\" defer></script>"));
        assertFalse(Files.exists(project.resolve("target/site")), "the preview writes no website to disk");
        assertTrue(Files.isRegularFile(project.resolve("target/site-check.html")), "but the check report, as generate");
        assertEquals(200, get(home + "__gongkai/reload.js").statusCode());

        Path narrative = project.resolve("reports/2018/pingshun.adoc");
        Files.writeString(narrative, Files.readString(narrative) + "\n预览测试段落：报告已修改。\n");
        waitFor(() -> get(home + REPORT).body(), body -> body.contains("预览测试段落：报告已修改。"), "the edited text");

        Path statistics = project.resolve("reports/2018/pingshun.yaml");
        String figures = Files.readString(statistics);
        Files.writeString(statistics, "format: [\n");
        String state = waitFor(() -> get(home + "__gongkai/state").body(), s -> !s.contains("\"error\":null"),
                "the error of the broken rebuild");
        assertTrue(state.contains("pingshun.yaml"), state);
        assertTrue(get(home + REPORT).body().contains("预览测试段落：报告已修改。"), "the previous site is still served");
        Files.writeString(statistics, figures);
        waitFor(() -> get(home + "__gongkai/state").body(), s -> s.contains("\"error\":null"), "the repaired build");
        String served = get(home + REPORT).body();
        String servedHome = get(home).body();

        maven.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the server and the watcher
        assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "mvn site:serve stops when told to");
        assertTrue(waitFor(() -> refused(home), r -> r, "the port closed"));

        // The preview shows what site:generate publishes: the same pages, but for the reload script.
        ChildMaven.Result generate = ChildMaven.run(project, "site:generate");
        assertEquals(0, generate.exitCode(), generate.log());
        assertEquals(Files.readString(project.resolve("target/site/" + REPORT)), withoutScript(served));
        assertEquals(Files.readString(project.resolve("target/site/index.html")), withoutScript(servedHome));
    }

    private static String withoutScript(String page) {
        assertTrue(page.contains(SCRIPT), page);
        return page.replace(SCRIPT, "");
    }

    private Path copyOfBasicSite() throws IOException {
        Path from = Path.of(System.getProperty("gongkai.it.dir", "target/it")).resolve("basic-site");
        Path to = Path.of("target/serve-it/basic-site").toAbsolutePath();
        FolderHashes.deleteTree(to);
        for (String file : List.of("pom.xml", "site.yaml", "bodies.yaml", "reports/2018/pingshun.adoc",
                "reports/2018/pingshun.yaml", "reports/2017/fgj.md")) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
        return to;
    }

    /** A mistyped port is refused in words before anything starts, not with Maven's "Cannot convert" or Java's "out of range". */
    @Test
    void aMistypedPortIsRefusedInChinese() throws Exception {
        Path project = copyOfBasicSite();
        for (String port : List.of("abc", "70000", "-1")) {
            output.clear();
            maven = start(project, port);
            assertTrue(maven.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "mvn site:serve ended");
            String log = String.join("\n", output);
            assertTrue(maven.exitValue() != 0 && log.contains("gongkai.port（" + port + "）应为 0 到 65535 之间的整数"), log);
            assertFalse(log.contains("Cannot convert") || log.contains("out of range") || log.contains("\tat "), log);
        }
    }

    private Process start(Path project, String port) throws IOException {
        Path settings = project.resolve("settings.xml");
        String outer = Path.of(System.getProperty("gongkai.it.outerRepository")).toUri().toString();
        Files.writeString(settings, Files.readString(Path.of("src/it/settings.xml"))
                .replace("@localRepositoryUrl@", outer));
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path mvn = Path.of(System.getProperty("maven.home"), "bin", windows ? "mvn.cmd" : "mvn");
        Process process = new ProcessBuilder(mvn.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + Path.of("target/local-repo").toAbsolutePath(),
                "site:serve", "-Dgongkai.port=" + port)
                .directory(project.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private String address() {
        synchronized (output) {
            for (String line : output) {
                Matcher address = ADDRESS.matcher(line);
                if (address.find()) {
                    return address.group(1);
                }
            }
        }
        if (!maven.isAlive()) {
            throw new AssertionError("mvn site:serve ended:\n" + String.join("\n", output));
        }
        return null;
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean refused(String home) {
        try {
            get(home);
            return false;
        } catch (UncheckedIOException e) {
            return true;
        }
    }

    /** Polls {@code value} until {@code done} holds; fails after the generous bound, with the log. */
    private <T> T waitFor(Check<T> value, Predicate<T> done, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = value.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; last: " + last + "\n"
                + String.join("\n", output));
    }

    @FunctionalInterface
    private interface Check<T> {
        T get() throws Exception;
    }
}
