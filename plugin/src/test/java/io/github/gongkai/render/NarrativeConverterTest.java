package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AsciiDoc through the real Asciidoctor: includes stay inside the site project. */
class NarrativeConverterTest {

    @TempDir
    static Path outside;

    private static final List<String> WARNINGS = new ArrayList<>();
    private static String html;

    @BeforeAll
    static void convert() throws Exception {
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, "机密内容");
        Path project = Files.createDirectories(outside.resolve("site"));
        Files.writeString(project.resolve("part.adoc"), "站内片段。");
        String body = """
                = 标题

                include::part.adoc[]

                include::%s[]

                include::../secret.txt[]

                include::/etc/passwd[]

                目录：{docdir}；主目录：{user-home}
                """.formatted(secret);
        BuildLog log = BuildLog.withWarningsTo(BuildLog.silent(), WARNINGS::add);
        try (NarrativeConverter converter = new NarrativeConverter(project.toFile(), log)) {
            html = converter.toHtml(new Narrative(SourceLocation.of(Path.of("reports/2023/fgj.adoc")),
                    MarkupLanguage.ASCIIDOC, body, 1));
        }
    }

    /** 22 files of a few bytes, each including the next twice: 4 million copies unless bounded. */
    @Test
    void anIncludeBombStopsTheBuildNamingTheNarrative() throws Exception {
        Path project = Files.createDirectories(outside.resolve("bomb"));
        for (int i = 0; i < 22; i++) {
            Files.writeString(project.resolve("b" + i + ".adoc"), i == 21 ? "炸弹。\n"
                    : "include::b" + (i + 1) + ".adoc[]\ninclude::b" + (i + 1) + ".adoc[]\n");
        }
        try (NarrativeConverter converter = new NarrativeConverter(project.toFile(), BuildLog.silent())) {
            InputError error = assertThrows(InputError.class, () -> converter.convert(new Narrative(
                    SourceLocation.of(Path.of("reports/2023/bomb.adoc")), MarkupLanguage.ASCIIDOC, "include::b0.adoc[]\n", 1)));
            assertTrue(error.getMessage().startsWith("reports/2023/bomb.adoc: ") && error.getMessage().contains("include"),
                    error.getMessage());
        }
    }

    /** Inline marks that never close make Asciidoctor's substitutions quadratic (120 KB took 111 s). */
    @Test
    void aNarrativeThatTakesTooLongStopsTheBuildNamingIt() {
        String marks = "*_#".repeat(10_000) + "\n";
        try (NarrativeConverter converter = new NarrativeConverter(outside.toFile(), BuildLog.silent(), true,
                Duration.ofSeconds(2))) {
            InputError error = assertThrows(InputError.class, () -> converter.convert(new Narrative(
                    SourceLocation.of(Path.of("reports/2023/slow.adoc")), MarkupLanguage.ASCIIDOC, marks, 1)));
            assertTrue(error.getMessage().startsWith("reports/2023/slow.adoc: 正文转换超过"), error.getMessage());
        }
    }

    @Test
    void anIncludeInsideTheSiteProjectWorks() {
        assertTrue(html.contains("站内片段。"), html);
    }

    @Test
    void includesOutsideTheSiteProjectReadNothing() {
        assertFalse(html.contains("机密内容"), html);
        assertFalse(html.contains("root:"), html);
    }

    /** The machine's folders are no report's text: a page would show them, and differ from one build folder to another. */
    @Test
    void attributesNamingTheBuildMachinesFoldersShowNoneOfThem() {
        assertTrue(html.contains("目录：；主目录：."), html);
        assertFalse(html.contains(outside.toString()) || html.contains(System.getProperty("user.home")), html);
    }

    @Test
    void theAuthorIsToldWhichLineWasRefused() {
        // Lines 5, 7 and 9 of the narrative include files outside the site project; line 3 is inside.
        List<String> refused = WARNINGS.stream().filter(w -> w.contains("指向站点项目之外"))
                .map(w -> w.substring(0, w.indexOf(": include::"))).toList();
        assertEquals(List.of("reports/2023/fgj.adoc:5", "reports/2023/fgj.adoc:7", "reports/2023/fgj.adoc:9"), refused,
                WARNINGS.toString());
    }

    @Test
    void rawHtmlInMarkdownIsNeutralisedUnlessTheSiteOptedOut() {
        Narrative markdown = new Narrative(SourceLocation.of(Path.of("reports/2023/fgj.md")), MarkupLanguage.MARKDOWN,
                "正文<script>steal()</script>\n", 1);
        try (NarrativeConverter safe = new NarrativeConverter(outside.toFile(), BuildLog.silent())) {
            assertEquals("<p>正文&lt;script&gt;steal()&lt;/script&gt;</p>", safe.toHtml(markdown).strip());
        }
        try (NarrativeConverter raw = new NarrativeConverter(outside.toFile(), BuildLog.silent(), false)) {
            assertEquals("<p>正文<script>steal()</script></p>", raw.toHtml(markdown).strip());
        }
    }
}
