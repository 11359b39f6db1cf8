package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML 1.2 (and so JSON) into a node tree that keeps the line of every value, with
 * limits that keep a hostile file (alias bombs, huge documents) from stalling the build.
 */
final class YamlSource {

    /** Deeper than any real file; SnakeYAML's composer recurses once per level and would overflow the stack. */
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;
    /** More entries than any report's list or table has: with 50 aliases a large list still multiplies. */
    static final int MAX_ENTRIES = 10_000;
    /** The core schema's tags: a custom ({@code !x}) or binary ({@code !!binary}) value is no report data. */
    private static final Set<String> TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq").stream()
            .map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

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
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(16 * 1024 * 1024)
                .build();
        try {
            Parser events = new ParserImpl(settings, new StreamReader(settings, source.text()));
            return new Composer(settings, new ShallowEvents(events, source, lineOffset)).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            // An unclosed quote or bracket is found only at the end of the file; where it opened is what helps.
            String problem = String.valueOf(e.getProblem());
            boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
            int line = (atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark))
                    .map(Mark::getLine).orElse(-1) + 1 + lineOffset;
            throw new InputError(source.location().atLine(line),
                    "YAML 语法错误：" + describe(e) + " / YAML syntax error", e);
        } catch (ReaderException e) {
            throw new InputError(source.location().atLine(lineOf(source.text(), e.getPosition()) + lineOffset),
                    String.format(Locale.ROOT, "YAML 中不允许出现字符 U+%04X / character U+%04X is not allowed in YAML",
                            e.getCodePoint(), e.getCodePoint()), e);
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).contains("aliases")) {
                throw new InputError(source.location(), "YAML 中指向列表或映射的别名（*引用）超过 " + MAX_ALIASES
                        + " 个，这样的文件可能是恶意构造的（\"billion laughs\"），不予读取 / too many aliases", e);
            }
            throw new InputError(source.location(), "YAML 无法读取：" + e.getMessage() + " / YAML cannot be read", e);
        }
    }

    /**
     * The parser's events, refusing nesting deeper than {@link #MAX_DEPTH} as they are read: the
     * composer recurses once per level and would overflow the stack, while the parser keeps its
     * state in a list and is safe at any depth. One pass over the text, not a second parse.
     */
    private static final class ShallowEvents implements Parser {

        private final Parser parser;
        private final SourceText source;
        private final int lineOffset;
        private int depth;
        /** Entries so far of each open collection (a mapping counts keys and values). */
        private final java.util.ArrayDeque<int[]> entries = new java.util.ArrayDeque<>();

        ShallowEvents(Parser parser, SourceText source, int lineOffset) {
            this.parser = parser;
            this.source = source;
            this.lineOffset = lineOffset;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
            if (tag.isPresent() && !TAGS.contains(tag.get())) {
                throw new InputError(source.location().atLine(lineOf(event)), "YAML 标签 " + tag.get()
                        + " 不被接受：年报数据只用文字、数字、列表和键值对，请删除该标签 / custom or binary YAML tags are not allowed");
            }
            if (!entries.isEmpty() && event.getEventId() != Event.ID.SequenceEnd && event.getEventId() != Event.ID.MappingEnd
                    && ++entries.peek()[0] > 2 * MAX_ENTRIES) {
                throw new InputError(source.location().atLine(lineOf(event)), "YAML/JSON 的一个列表或映射超过 " + MAX_ENTRIES
                        + " 项，不是年报数据应有的大小 / a list or mapping has more than " + MAX_ENTRIES + " entries");
            }
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    entries.push(new int[1]);
                    if (++depth > MAX_DEPTH) {
                        int line = event.getStartMark().map(Mark::getLine).orElse(-1) + 1 + lineOffset;
                        throw new InputError(source.location().atLine(line), "YAML/JSON 的嵌套层次超过 " + MAX_DEPTH
                                + " 层，不是年报数据应有的结构 / nested more than " + MAX_DEPTH + " levels deep");
                    }
                }
                case SequenceEnd, MappingEnd -> {
                    depth--;
                    entries.pop();
                }
                default -> {
                }
            }
            return event;
        }

        private int lineOf(Event event) {
            return event.getStartMark().map(Mark::getLine).orElse(-1) + 1 + lineOffset;
        }
    }

    private static int lineOf(String text, int codePointIndex) {
        int codePoints = Math.min(Math.max(codePointIndex, 0), text.codePointCount(0, text.length()));
        int end = text.offsetByCodePoints(0, codePoints);
        return (int) text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The parser's one-line reason, without its own copy of the offending text. */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String reason = (context + " " + problem).strip();
        return hint(reason) + (reason.isEmpty() ? String.valueOf(e.getMessage()).lines().findFirst().orElse("") : reason);
    }

    /** The commonest mistakes said in Chinese before SnakeYAML's English, which names them only in its own terms. */
    private static String hint(String reason) {
        if (reason.contains("TAB")) {
            return "缩进不能用 Tab 键，请改用空格。";
        }
        if (reason.contains("mapping values are not allowed")) {
            return "此行缩进与上一行不齐，或冒号后缺空格、值中的冒号未加引号。";
        }
        if (reason.contains("end of stream")) {
            return "引号或括号没有闭合。";
        }
        return "";
    }

    /** The 1-based line of a node, shifted by the lines before the YAML. */
    static SourceLocation locate(SourceLocation file, Node node, int lineOffset) {
        return file.atLine(node.getStartMark().map(m -> m.getLine() + 1).orElse(0) + lineOffset);
    }
}
