package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.testing.HtmlChecker;
import io.github.gongkai.testing.SiteLinks;
import io.github.gongkai.testing.SiteProject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every case of {@link BadInputCorpus} with the real pipeline. A case either stops with
 * our error (file:line first, Chinese before English) and leaves the previous site untouched,
 * or builds a site whose links all resolve and in which the hostile content is neutralised.
 */
@Tag("pipeline")
class BadInputTest {

    /** Only a guard against a hang; no case comes near it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String PREVIOUS = "<!doctype html><title>上一版</title>";

    static Stream<BadInput> corpus() {
        return BadInputCorpus.cases();
    }

    @AfterAll
    static void noTemplateRanACommand() {
        assertFalse(HostileConfigurationCorpus.templateRanACommand(), "a theme template ran a shell command");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void buildGivesTheExpectedOutcome(BadInput input, @TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("site"));
        input.setup().write(SiteProject.empty(root));
        Path output = dir.resolve("out/site");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), PREVIOUS);
        // A site of ours: a folder without the marker would be refused before the input is read.
        Files.writeString(output.resolve(OutputFolders.SITE_MARKER), "");
        List<String> warnings = new ArrayList<>();
        BuildLog log = BuildLog.withWarningsTo(BuildLog.silent(), warnings::add);

        RuntimeException thrown = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                new SiteGenerator(log, getClass().getClassLoader()).generate(root, output);
                return null;
            } catch (InputError | InvalidFigures e) {
                return e;
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                return fail("not our error type, the user would see a stack trace:\n" + trace);
            }
        });

        if (input.outcome() instanceof BadInput.Fails fails) {
            if (thrown == null) {
                fail("built, but should have failed at " + fails.location());
            }
            String message = thrown.getMessage();
            assertTrue(message.startsWith(fails.location() + ": ")
                    || message.contains("\n  " + fails.location() + ": "),
                    "location " + fails.location() + " in:\n" + message);
            for (String fragment : fails.fragments()) {
                assertTrue(message.contains(fragment), "\"" + fragment + "\" in:\n" + message);
            }
            int slash = message.indexOf(" / ");
            assertTrue(slash > 0 && message.substring(0, slash).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && Character.isLetterOrDigit(message.charAt(slash + 3)),
                    "Chinese first, then English:\n" + message);
            assertEquals(PREVIOUS, Files.readString(output.resolve("index.html")), "the previous site is intact");
            try (Stream<Path> beside = Files.list(output.getParent())) {
                assertEquals(List.of("site"), beside.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals("site-validation.json") && !n.equals("site-check.html")
                                && !n.equals(".site.lock")).toList(),
                        "nothing half-written is left (the reports say what is wrong; the lock file stays, empty)");
            }
        } else if (input.outcome() instanceof BadInput.Builds builds) {
            if (thrown != null) {
                fail("should have built, but: " + thrown.getMessage());
            }
            assertEquals(List.of(), SiteLinks.problems(output));
            // The pages that carry the case's content stay valid HTML (the Nu Html Checker).
            try (Stream<Path> reports = Files.walk(output.resolve("ndbg"))) {
                for (Path page : reports.filter(f -> f.getFileName().toString().matches("[a-z0-9-]+\\.html")
                        && f.getParent().getFileName().toString().matches("\\d{4}")).sorted().toList()) {
                    assertEquals(List.of(), HtmlChecker.check(page).errors(), page.toString());
                }
            }
            builds.check().check(output, warnings);
        }
    }
}
