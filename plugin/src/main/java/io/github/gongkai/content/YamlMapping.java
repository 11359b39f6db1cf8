package io.github.gongkai.content;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reading of one YAML mapping, each error naming file, line and the field's full path.
 * A reader asks for every key it knows; {@link #rejectUnknownKeys()} then refuses the rest,
 * suggesting the nearest known key, so that a typo never silently drops a field.
 */
final class YamlMapping {

    private final SourceLocation file;
    private final int lineOffset;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    private YamlMapping(SourceLocation file, int lineOffset, String path, Node node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw new InputError(location(node), describe(path) + "应为键值对（key: value） / expected a mapping");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new InputError(location(tuple.getKeyNode()), "字段名应为文字 / a key must be a plain name");
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                // SnakeYAML's node API keeps both; a silent "last one wins" would hide a typo'd figure.
                throw new InputError(location(key), "字段 \"" + fieldPath(key.getValue()) + "\" 重复出现（第一次在第 "
                        + location(entries.get(key.getValue()).getKeyNode()).line() + " 行） / duplicate key");
            }
        }
    }

    /** The root mapping of a file. */
    static YamlMapping root(SourceLocation file, Node node, int lineOffset) {
        return new YamlMapping(file, lineOffset, "", node);
    }

    /** A mapping that is an item of a top-level list, named by {@code path} in errors. */
    static YamlMapping item(SourceLocation file, Node node, String path) {
        return new YamlMapping(file, 0, path, node);
    }

    /** A mapping found inside this one, e.g. an item of one of its lists. */
    YamlMapping nested(Node item, String itemPath) {
        return new YamlMapping(file, lineOffset, fieldPath(itemPath), item);
    }

    /** Where this mapping starts. */
    SourceLocation location() {
        return location(node);
    }

    /** Where a node is. */
    SourceLocation location(Node n) {
        return YamlSource.locate(file, n, lineOffset);
    }

    /** The full path of a key, e.g. {@code contact.phone}. */
    String fieldPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of a key, absent when missing or {@code null}. */
    Optional<Node> value(String key) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /**
     * The value of a key as written, a {@code null} value included: absent only when the key is
     * missing. Table cells need it, because a missing field is 0 but {@code null} is a cell the
     * published original left empty.
     */
    Optional<Node> written(String key) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /**
     * A required key that is not there; when a key written in its place looks like a typo of it
     * ("siteNmae"), the error points at that line.
     */
    private InputError missing(String key, String label) {
        String message = "缺少必填字段 \"" + fieldPath(key) + "\"（" + label + "）";
        for (Map.Entry<String, NodeTuple> written : entries.entrySet()) {
            if (!known.contains(written.getKey())
                    && KeySuggestion.nearest(written.getKey(), List.of(key)).isPresent()) {
                return new InputError(location(written.getValue().getKeyNode()), message + "：这里的 \""
                        + fieldPath(written.getKey()) + "\" 是否是它写错了？ / missing required key \"" + key
                        + "\"; is \"" + written.getKey() + "\" a typo of it?");
            }
        }
        return new InputError(location(), message + " / missing required key");
    }

    /** A text value that must be present. */
    String requiredString(String key, String label) {
        return optionalString(key).orElseThrow(() -> missing(key, label));
    }

    /** A text value; numbers written without quotes are read as their text. */
    Optional<String> optionalString(String key) {
        return value(key).map(v -> {
            if (!(v instanceof ScalarNode scalar)) {
                throw new InputError(location(v), describe(fieldPath(key)) + "应为文字 / expected text");
            }
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                throw new InputError(location(v), describe(fieldPath(key)) + "不能为空 / must not be empty");
            }
            return text;
        });
    }

    /** A year (a whole number 0–9999). */
    int requiredInt(String key, String label) {
        Node v = value(key).orElseThrow(() -> missing(key, label));
        BigDecimal whole = count(v, fieldPath(key));
        if (whole.signum() < 0 || whole.compareTo(BigDecimal.valueOf(9999)) > 0) {
            throw new InputError(location(v), describe(fieldPath(key)) + "的值 " + whole.toPlainString()
                    + " 不是有效的年份（0–9999） / not a valid year");
        }
        return whole.intValueExact();
    }

    /** A count or amount: a number ≥ 0 (N1), or any number when N1 is acknowledged. */
    BigDecimal requiredNumber(String key, String label, boolean keepN1) {
        Node v = value(key).orElseThrow(() -> missing(key, label));
        String text = scalarText(v, key, "应为数字 / expected a number");
        BigDecimal number;
        try {
            number = NumberText.parse(text);
        } catch (NumberFormatException e) {
            throw new InputError(location(v), "N1 " + describe(fieldPath(key)) + "的值 \"" + text + "\" "
                    + NumberText.problem(e, "不是数字 / not a number"), e);
        }
        if (number.signum() < 0 && !keepN1) {
            throw new InputError(location(v), "N1 " + describe(fieldPath(key)) + "不能为负数（" + text
                    + "） / must not be negative");
        }
        return number;
    }

    /** A nested mapping. */
    Optional<YamlMapping> optionalMapping(String key) {
        return value(key).map(v -> new YamlMapping(file, lineOffset, fieldPath(key), v));
    }

    /** A list of nodes. */
    Optional<List<Node>> optionalList(String key) {
        return value(key).map(v -> {
            if (!(v instanceof SequenceNode sequence)) {
                throw new InputError(location(v), describe(fieldPath(key)) + "应为列表 / expected a list");
            }
            return new ArrayList<>(sequence.getValue());
        });
    }

    /** Refuses every key no reader asked for, suggesting the nearest known one. */
    void rejectUnknownKeys() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String typed = entry.getKey();
                String hint = KeySuggestion.nearest(typed, known)
                        .map(k -> "（您是否想写 \"" + fieldPath(k) + "\"？） / unknown key, did you mean \""
                                + fieldPath(k) + "\"?")
                        .orElse("（可用字段：" + String.join("、", known) + "） / unknown key");
                throw new InputError(location(entry.getValue().getKeyNode()),
                        "未知字段 \"" + fieldPath(typed) + "\"" + hint);
            }
        }
    }

    private String scalarText(Node v, String key, String expected) {
        if (!(v instanceof ScalarNode scalar)) {
            throw new InputError(location(v), describe(fieldPath(key)) + expected);
        }
        return scalar.getValue().strip();
    }

    private BigDecimal count(Node v, String field) {
        if (!(v instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
            String shown = v instanceof ScalarNode s ? s.getValue() : "…";
            throw new InputError(location(v), "N1 " + describe(field) + "的值 \"" + shown
                    + "\" 应为整数 / expected a whole number");
        }
        try {
            return NumberText.parse(scalar.getValue());
        } catch (NumberFormatException e) {
            throw new InputError(location(v), "N1 " + describe(field) + "的值 \"" + scalar.getValue() + "\" "
                    + NumberText.problem(e, "应为十进制整数 / expected a decimal whole number"), e);
        }
    }

    /** Whether a node is YAML's {@code null}. */
    static boolean isNull(Node n) {
        return n instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String describe(String field) {
        return field.isEmpty() ? "内容" : "字段 \"" + field + "\" ";
    }
}
