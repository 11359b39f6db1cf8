package io.github.gongkai.content;

import io.github.gongkai.content.NarrativeHeader.Value;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.diagnostic.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A statistics file {@code reports/<year>/<body-id>.yaml} or {@code .json}, contract §5.
 *
 * @param format     the declared or the year's format
 * @param title      a title that overrides the narrative's
 * @param published  the publication date, as written
 * @param statistics the figures
 */
record StatisticsFile(ReportFormat format, Optional<Value> title, Optional<Value> published, Statistics statistics) {

    /** The invariant ids whose violation an original may contain and a site may acknowledge (§5.5). */
    private static final List<String> HARD_INVARIANTS = List.of("B1", "B2", "B3", "C1", "P1", "N1");

    static StatisticsFile read(SourceText source, int year) {
        Node root = YamlSource.parse(source, 0).orElseThrow(() -> new InputError(source.location(),
                "统计数据文件是空的 / the statistics file is empty"));
        YamlMapping file = YamlMapping.root(source.location(), root, 0);
        ReportFormat format = file.optionalString("format").map(key -> ReportFormat.fromKey(key)
                .orElseThrow(() -> new InputError(file.location(file.value("format").orElseThrow()),
                        "字段 \"format\" 的值 \"" + key + "\" 无效，应为 pre2019、v2019 或 v2021 / unknown format")))
                .orElse(ReportFormat.forYear(year));
        Optional<Value> title = file.value("title").flatMap(node -> file.optionalString("title")
                .map(text -> new Value(text, file.location(node))));
        Optional<Value> published = file.value("published").flatMap(node -> file.optionalString("published")
                .map(text -> new Value(text, file.location(node))));
        List<String> acknowledged = new ArrayList<>();
        for (Node id : file.optionalList("acknowledged").orElse(List.of())) {
            String text = id instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            if (!HARD_INVARIANTS.contains(text)) {
                throw new InputError(file.location(id), "acknowledged 中的 \"" + text + "\" 不是可确认的违例编号，应为 "
                        + String.join("、", HARD_INVARIANTS) + " 之一 / not a hard-invariant id");
            }
            acknowledged.add(text);
        }
        boolean keepN1 = acknowledged.contains("N1");
        if (format != ReportFormat.PRE2019) {
            Statistics national = new Statistics.National(source.location(), format,
                    NationalTablesReader.proactive(file, format, keepN1),
                    NationalTablesReader.applications(file, format, keepN1),
                    NationalTablesReader.reviews(file, keepN1), List.copyOf(acknowledged));
            file.rejectUnknownKeys();
            return new StatisticsFile(format, title, published, national);
        }
        List<StatisticItem> items = new ArrayList<>();
        for (Node item : file.optionalList("statistics").orElse(List.of())) {
            items.add(item(file.nested(item, "statistics[" + items.size() + "]"), keepN1));
        }
        file.rejectUnknownKeys();
        return new StatisticsFile(format, title, published,
                new Statistics.Pre2019(source.location(), List.copyOf(items), List.copyOf(acknowledged)));
    }

    private static StatisticItem item(YamlMapping item, boolean keepN1) {
        String label = item.requiredString("label", "项目名称");
        List<StatisticItem> parts = new ArrayList<>();
        for (Node part : item.optionalList("parts").orElse(List.of())) {
            parts.add(item(item.nested(part, "parts[" + parts.size() + "]"), keepN1));
        }
        List<StatisticItem> ofWhich = new ArrayList<>();
        for (Node part : item.optionalList("ofWhich").orElse(List.of())) {
            ofWhich.add(item(item.nested(part, "ofWhich[" + ofWhich.size() + "]"), keepN1));
        }
        // value: null is a figure the original left empty; a missing value is still an error.
        boolean empty = item.written("value").map(YamlMapping::isNull).orElse(false);
        StatisticItem result = new StatisticItem(label, empty ? null : item.requiredNumber("value", "数量", keepN1),
                item.optionalString("unit"), List.copyOf(parts), List.copyOf(ofWhich), item.location());
        item.rejectUnknownKeys();
        return result;
    }
}
