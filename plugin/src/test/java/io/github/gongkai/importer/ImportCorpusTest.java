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
    /** The reports the corpus has whole (the others are copies cut part-way, see SOURCES.md). */
    private static final List<String> COMPLETE = List.of("shuyang-fgj-2023", "shanghai-bgt-2019", "shuyang-xzf-2025",
            "hongze-qzf-2023", "hongze-qzf-2024", "huaian-szf-2024");

    static Stream<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            // shuyang-xzf-2025.html is what its .docx is made from: its section headings carry no 一、, which only
            // Word's list numbering draws, so as a page it is not the published report.
            return files.filter(DocumentReaders::readable).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("shuyang-xzf-2025.html"))
                    .filter(f -> !"pre2019".equals(ImportProseCorpusTest.expected(f).get("format"))) // ImportProseCorpusTest's
                    .sorted().toList().stream();
        }
    }

    /** The hand-checked file of a source; a variant of a report (-paged, -unruled) has its report's, unless its own. */
    private static Map<?, ?> expected(Path source) throws IOException {
        String name = source.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        Path file = CORPUS.resolve(name + ".expected.yaml");
        if (!Files.exists(file)) {
            file = CORPUS.resolve(name.replaceFirst("-(paged|unruled|tabs|page)$", "") + ".expected.yaml");
        }
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
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
        RowLabels labels = new RowLabels(format);
        for (NarrativeBlock block : outline.blocks()) {
            String text = block instanceof NarrativeBlock.Paragraph p ? p.text() : ((NarrativeBlock.Heading) block).text();
            assertFalse(text.contains("|") || text.matches("[\\d\\s.]+"), "table debris in the narrative: " + text);
            assertFalse(labels.exact(text).isPresent(), "a table row's label in the narrative: " + text);
        }
        String name = source.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        if (COMPLETE.contains(name.replaceFirst("-(paged|unruled|tabs|page)$", ""))) {
            // A complete report keeps its six sections, in order, and the paragraphs of 一 and 五.
            List<String> headings = new ArrayList<>();
            List<Integer> paragraphs = new ArrayList<>();
            for (NarrativeBlock block : outline.blocks()) {
                if (block instanceof NarrativeBlock.Heading h && h.level() == 1) {
                    headings.add(h.text().substring(0, 2));
                    paragraphs.add(0);
                } else if (block instanceof NarrativeBlock.Paragraph && !paragraphs.isEmpty()) {
                    paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + 1);
                }
            }
            assertEquals(List.of("一、", "二、", "三、", "四、", "五、", "六、"), headings);
            assertTrue(paragraphs.get(0) > 0 && paragraphs.get(4) > 0, "paragraphs under 一 and 五: " + paragraphs);
        }
    }

    /** 沭阳 2023 printed with a running header and "— 1 —" page numbers, its paragraphs crossing pages. */
    @org.junit.jupiter.api.Test
    void aPdfLosesItsRunningHeaderAndPageNumbersAndKeepsItsParagraphsWhole() {
        ImportDocument document = DocumentReaders.read(CORPUS.resolve("shuyang-fgj-2023-paged.pdf"));
        OfficialTableRecogniser.Result tables = OfficialTableRecogniser.read(document, ReportFormat.V2021);
        ReportOutline outline = ReportOutline.read(document, tables.used());
        assertEquals("沭阳县发展和改革局2023年政府信息公开年度报告", outline.title());
        assertEquals("2024-01-17", outline.attributes().get("published"));
        List<String> texts = outline.blocks().stream().map(b -> b instanceof NarrativeBlock.Paragraph p ? p.text()
                : ((NarrativeBlock.Heading) b).text()).toList();
        assertTrue(texts.stream().noneMatch(t -> t.contains("—") && t.length() < 8 || t.contains("工作年度报告沭阳")
                || t.equals("沭阳县发展和改革局政府信息公开工作年度报告")), texts.toString());
        // Whole paragraphs as the page has them (import-corpus/shuyang-fgj-2023.txt), each printed on several lines.
        assertTrue(texts.contains("（一）存在的主要问题。各科室人员信息公开意识有所松懈，部门文件、新政策发布及解读工作主动性不强；"
                + "政民互动栏目网民留言回复效率有待提高；信息公开队伍专业化能力建设有待进一步提升。"), texts.toString());
        assertTrue(texts.contains("不断完善公共诉求服务相关工作，根据来件内容由对应业务科室专人负责受理回复公共诉求系统相关来件，按时办结，"
                + "全力做好政务舆情收集和回应管理。2023年，我局承办的县人大建议和政协提案办理满意率为100%，办理结果按时在本部门网站主动公开，"
                + "自觉接受代表、委员和社会的监督。"), texts.toString());
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及整改措施", "六、其他需要报告的事项"),
                outline.blocks().stream().filter(b -> b instanceof NarrativeBlock.Heading h && h.level() == 1)
                        .map(b -> ((NarrativeBlock.Heading) b).text()).toList());
    }

    /** 沭阳县人民政府 2025 as Word: its section headings are list numbering, the 一、 drawn by Word and not in the text. */
    @org.junit.jupiter.api.Test
    void aWordFileWhoseHeadingsAreListNumberingKeepsTheirNumbers() throws IOException {
        Path docx = CORPUS.resolve("shuyang-xzf-2025.docx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains(">总体情况<") && !xml.contains("一、总体情况") && xml.contains("<w:numPr>"),
                    "the heading's number is Word numbering, not typed");
        }
        ImportDocument document = DocumentReaders.read(docx);
        ReportOutline outline = ReportOutline.read(document, OfficialTableRecogniser.read(document, ReportFormat.V2021).used());
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"),
                outline.blocks().stream().filter(b -> b instanceof NarrativeBlock.Heading h && h.level() == 1)
                        .map(b -> ((NarrativeBlock.Heading) b).text()).toList());
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
