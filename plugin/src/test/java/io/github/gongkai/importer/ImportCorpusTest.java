package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.DocumentReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every report of the corpus (src/test/resources/import-corpus, sources in its SOURCES.md) in
 * every form it is there (.txt as stored, .docx and .pdf made from it): each cell of its
 * hand-checked expected file is read exactly, and exactly the official rows the source lacks are
 * named as missing (never read as zeros).
 */
class ImportCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    static Stream<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(DocumentReaders::readable).sorted().toList().stream();
        }
    }

    private static Map<?, ?> expected(Path source) throws IOException {
        String name = source.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        return (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(CORPUS.resolve(name + ".expected.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyCellIsReadAndEveryMissingRowIsNamed(Path source) throws IOException {
        Map<?, ?> expected = expected(source);
        ReportFormat format = ReportFormat.valueOf(expected.get("format").toString().toUpperCase());
        ImportDocument document = DocumentReaders.read(source);
        OfficialTableRecogniser.Result tables = OfficialTableRecogniser.read(document, format);
        List<String> wrong = new ArrayList<>();
        compare(wrong, "proactive", (Map<?, ?>) expected.get("proactive"), tables.proactive(), true);
        compare(wrong, "applications", (Map<?, ?>) expected.get("applications"), tables.applications(), false);
        compare(wrong, "reviewsAndLitigation", (Map<?, ?>) expected.get("reviewsAndLitigation"), tables.reviews(), true);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\nunplaced: " + tables.unplaced());
        assertEquals(expected.get("missing"), tables.missing().stream().map(OfficialTableRecogniser.Missing::key).toList(),
                "unplaced: " + tables.unplaced());
        // No table debris in the narrative: no cell separators, no line that is only figures.
        ReportOutline outline = ReportOutline.read(document, tables.used());
        for (NarrativeBlock block : outline.blocks()) {
            String text = block instanceof NarrativeBlock.Paragraph p ? p.text() : ((NarrativeBlock.Heading) block).text();
            assertFalse(text.contains("|") || text.matches("[\\d\\s.]+"), "table debris in the narrative: " + text);
        }
    }

    /** Compares each expected row cell by cell; a map row ({k: v}) is compared in its fields' order. */
    private static void compare(List<String> wrong, String table, Map<?, ?> expected, Map<String, List<String>> actual,
            boolean fields) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        if (expected != null) {
            flatten("", expected, rows, fields);
        }
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            List<String> got = actual.get(row.getKey());
            if (!row.getValue().equals(got)) {
                wrong.add(table + "." + row.getKey() + ": expected " + row.getValue() + " but read " + got);
            }
        }
        for (String key : actual.keySet()) {
            if (!rows.containsKey(key)) {
                wrong.add(table + "." + key + ": read " + actual.get(key) + " but the original has no such row");
            }
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, List<String>> rows, boolean fields) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof List<?> list) {
                rows.put(key, list.stream().map(TableCells::cellText).toList());
            } else if (fields) {
                rows.put(key, ((Map<?, ?>) e.getValue()).values().stream().map(TableCells::cellText).toList());
            } else {
                flatten(key + ".", (Map<?, ?>) e.getValue(), rows, false);
            }
        }
    }
}
