package io.github.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.DocumentReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every pre-2019 report of the corpus (prose, no national table; import-corpus/SOURCES.md): each figure of
 * its hand-checked expected file is read with its label, unit and parts, nothing else is, and each figure
 * that cannot be placed is named (its value listed under {@code unplaced}).
 */
class ImportProseCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    static Stream<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).filter(f -> "pre2019".equals(expected(f).get("format")))
                    .sorted().toList().stream();
        }
    }

    static Map<?, ?> expected(Path source) {
        Path file = CORPUS.resolve(source.getFileName().toString().replaceFirst("\\.[a-z]+$", ".expected.yaml"));
        try {
            return Files.exists(file) ? (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file))
                    : Map.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyFigureIsReadWithItsLabelUnitAndPartsAndNothingElse(Path source) {
        Map<?, ?> expected = expected(source);
        ImportDocument document = DocumentReaders.read(source);
        ProseFigures.Result read = ProseFigures.read(ReportOutline.read(document, java.util.Set.of()).blocks());
        List<Object> figures = new ArrayList<>();
        read.figures().forEach(f -> figures.add(asMap(f)));
        assertEquals(expected.get("statistics"), figures);
        assertEquals(expected.get("unplaced"), read.unplaced().stream()
                .map(u -> Integer.valueOf(u.text().replaceAll("\\D+", ""))).toList(), read.unplaced().toString());
    }

    /** A figure as the expected file writes it: label, value, unit, and parts when it has some. */
    private static Map<String, Object> asMap(ProseFigures.Figure figure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", figure.label());
        map.put("value", Integer.valueOf(figure.value()));
        map.put("unit", figure.unit());
        if (!figure.parts().isEmpty()) {
            map.put("parts", figure.parts().stream().map(ImportProseCorpusTest::asMap).toList());
        }
        return map;
    }
}
