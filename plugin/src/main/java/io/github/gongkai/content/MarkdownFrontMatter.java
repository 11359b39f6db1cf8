package io.github.gongkai.content;

import io.github.gongkai.content.NarrativeHeader.Value;
import io.github.gongkai.diagnostic.InputError;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Splits a Markdown narrative into its YAML front matter (between {@code ---} lines at the top)
 * and its body, contract §4.
 *
 * @param header    the metadata
 * @param body      the Markdown after the front matter
 * @param firstLine the line of the file on which {@code body} starts
 */
record MarkdownFrontMatter(NarrativeHeader header, String body, int firstLine) {

    private static final String FENCE = "---";

    static MarkdownFrontMatter read(SourceText source) {
        List<String> lines = source.text().lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return new MarkdownFrontMatter(NarrativeHeader.empty(), source.text(), 1);
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE) && !lines.get(end).strip().equals("...")) {
            end++;
        }
        if (end == lines.size()) {
            throw new InputError(source.location().atLine(1),
                    "Markdown 文件开头的 \"---\" 元数据块没有结束的 \"---\" 行 / front matter is not closed");
        }
        String yaml = String.join("\n", lines.subList(1, end));
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        Optional<Node> root = YamlSource.parse(new SourceText(source.location(), yaml), 1);
        if (root.isEmpty()) {
            return new MarkdownFrontMatter(NarrativeHeader.empty(), body, end + 2);
        }
        YamlMapping matter = YamlMapping.root(source.location(), root.get(), 1);
        NarrativeHeader header = new NarrativeHeader(
                value(matter, "title"), value(matter, "published"), value(matter, "source"),
                value(matter, "index-no"), value(matter, "doc-no"));
        matter.rejectUnknownKeys();
        return new MarkdownFrontMatter(header, body, end + 2);
    }

    private static Optional<Value> value(YamlMapping matter, String key) {
        return matter.value(key).flatMap(node -> matter.optionalString(key)
                .map(text -> new Value(text, matter.location(node))));
    }
}
