package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML 1.2 (and so JSON) into a node tree that keeps the line of every value, with
 * limits that keep a hostile file (alias bombs, huge documents) from stalling the build.
 */
final class YamlSource {

    private YamlSource() {
    }

    /**
     * The document's root node, or empty for an empty document.
     *
     * @param source     the file's text
     * @param lineOffset lines before the YAML in the file (front matter), added to every line
     */
    static Optional<Node> parse(SourceText source, int lineOffset) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source.location().toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(16 * 1024 * 1024)
                .build();
        try {
            return new Compose(settings).composeString(source.text());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(Mark::getLine).orElse(-1) + 1 + lineOffset;
            throw new InputError(source.location().atLine(line),
                    "YAML 语法错误：" + describe(e) + " / YAML syntax error", e);
        } catch (YamlEngineException e) {
            throw new InputError(source.location(), "YAML 无法读取：" + e.getMessage() + " / YAML cannot be read", e);
        }
    }

    /** The parser's one-line reason, without its own copy of the offending text. */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String reason = (context + " " + problem).strip();
        return reason.isEmpty() ? String.valueOf(e.getMessage()).lines().findFirst().orElse("") : reason;
    }

    /** The 1-based line of a node, shifted by the lines before the YAML. */
    static SourceLocation locate(SourceLocation file, Node node, int lineOffset) {
        return file.atLine(node.getStartMark().map(m -> m.getLine() + 1).orElse(0) + lineOffset);
    }
}
