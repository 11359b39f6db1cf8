package io.github.gongkai.content;

import io.github.gongkai.content.NarrativeHeader.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of an AsciiDoc document (title line and {@code :name: value} attribute
 * entries) without starting Asciidoctor, so that archive lists need no JRuby and every value
 * keeps its line. The body itself is converted by Asciidoctor.
 */
final class AsciidocHeaderReader {

    private static final Pattern TITLE = Pattern.compile("^=\\s+(\\S.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[\\w][\\w-]*!?):(?:\\s+(.*))?$");

    private AsciidocHeaderReader() {
    }

    static NarrativeHeader read(SourceText source) {
        List<String> lines = source.text().lines().toList();
        Map<String, Value> attributes = new HashMap<>();
        Optional<Value> documentTitle = Optional.empty();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("////")) {
                inComment = !inComment;
                continue;
            }
            if (inComment || line.startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (documentTitle.isPresent() || !attributes.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher title = TITLE.matcher(line);
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (documentTitle.isEmpty() && attributes.isEmpty() && title.matches()) {
                documentTitle = Optional.of(new Value(title.group(1).strip(),
                        source.location().atLine(i + 1)));
            } else if (attribute.matches()) {
                String value = attribute.group(2) == null ? "" : attribute.group(2).strip();
                attributes.put(attribute.group(1), new Value(value, source.location().atLine(i + 1)));
            } else if (documentTitle.isEmpty()) {
                break;
            }
            // else: an author or revision line under the title
        }
        Optional<Value> title = attributes.containsKey("title")
                ? Optional.of(attributes.get("title")) : documentTitle;
        return new NarrativeHeader(title,
                Optional.ofNullable(attributes.get("published")),
                Optional.ofNullable(attributes.get("source")),
                Optional.ofNullable(attributes.get("index-no")),
                Optional.ofNullable(attributes.get("doc-no")));
    }
}
