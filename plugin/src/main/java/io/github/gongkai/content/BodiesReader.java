package io.github.gongkai.content;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.BodyLevel;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.PublishingBody.FormerName;
import io.github.gongkai.diagnostic.InputError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads {@code bodies.yaml} (发布机构), contract §3. */
final class BodiesReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** A file name on every file system, with room for ".html" and the year folder. */
    private static final int MAX_ID = 64;
    /** Names Windows reserves for devices: an offline archive unpacked there could not hold con.html. */
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");
    private static final String CATEGORIES = Arrays.stream(BodyCategory.values())
            .map(BodyCategory::key).collect(Collectors.joining("、"));
    private static final String LEVELS = Arrays.stream(BodyLevel.values())
            .map(l -> l.key() + "（" + l.label() + "）").collect(Collectors.joining("、"));

    private BodiesReader() {
    }

    static List<PublishingBody> read(SourceText source) {
        Node root = YamlSource.parse(source, 0).orElse(null);
        if (!(root instanceof SequenceNode list)) {
            throw new InputError(root == null ? source.location() : YamlSource.locate(source.location(), root, 0),
                    "bodies.yaml 应为发布机构列表（每项以 \"- id:\" 开头） / expected a list of bodies");
        }
        List<PublishingBody> bodies = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            YamlMapping body = YamlMapping.item(source.location(), list.getValue().get(i), "[" + i + "]");
            PublishingBody read = body(body);
            if (!ids.add(read.id())) {
                throw new InputError(body.location(), "发布机构 id \"" + read.id() + "\" 重复 / duplicate body id");
            }
            bodies.add(read);
        }
        return List.copyOf(bodies);
    }

    private static PublishingBody body(YamlMapping body) {
        String id = body.requiredString("id", "机构标识");
        if (!ID.matcher(id).matches()) {
            throw new InputError(body.location(body.value("id").orElseThrow()),
                    "字段 \"" + body.fieldPath("id") + "\" 的值 \"" + id
                    + "\" 只能包含小写字母、数字和连字符（用于网址） / id must match [a-z0-9-]+");
        }
        if (id.length() > MAX_ID || id.startsWith("-") || id.endsWith("-") || DEVICE_NAMES.contains(id)) {
            throw new InputError(body.location(body.value("id").orElseThrow()), "字段 \"" + body.fieldPath("id") + "\" 的值 \""
                    + (id.length() > MAX_ID ? id.substring(0, MAX_ID) + "…" : id) + "\" 不能用作文件名：最长 " + MAX_ID
                    + " 个字符，不以连字符开头或结尾，也不能是 Windows 保留的设备名（con、nul、com1 等）"
                    + " / id too long, or not usable as a file name");
        }
        if (SitePaths.RESERVED_IDS.contains(id)) {
            throw new InputError(body.location(), "发布机构 id \"" + id + "\" 是保留字（会与栏目页 " + id
                    + ".html 重名），请换一个 / reserved id: it would replace a list page");
        }
        String name = body.requiredString("name", "机构全称");
        String categoryKey = body.requiredString("category", "机构类别");
        BodyCategory category = BodyCategory.fromKey(categoryKey).orElseThrow(() -> new InputError(
                body.location(body.value("category").orElseThrow()),
                "字段 \"" + body.fieldPath("category") + "\" 的值 \"" + categoryKey + "\" 无效，应为 " + CATEGORIES
                        + " 之一 / unknown category"));
        List<FormerName> names = new ArrayList<>();
        for (Node item : body.optionalList("names").orElse(List.of())) {
            YamlMapping former = body.nested(item, "names[" + names.size() + "]");
            names.add(new FormerName(former.requiredInt("until", "使用该名称的最后年份"),
                    former.requiredString("name", "原名称")));
            former.rejectUnknownKeys();
        }
        // Two former names valid up to the same year leave that year's name to chance.
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!years.add(names.get(i).until())) {
                YamlMapping former = body.nested(body.optionalList("names").orElseThrow().get(i), "names[" + i + "]");
                throw new InputError(former.location(former.value("until").orElseThrow()), "字段 \"" + former.fieldPath("until")
                        + "\"：有两个曾用名都用到 " + names.get(i).until() + " 年，无法确定该年的名称 / two former names end in the same year");
            }
        }
        BodyLevel level = body.optionalString("level").map(key -> BodyLevel.fromKey(key).orElseThrow(
                () -> new InputError(body.location(body.value("level").orElseThrow()), "字段 \"" + body.fieldPath("level")
                        + "\" 的值 \"" + key + "\" 无效，应为 " + LEVELS + " 之一（不写即为县级及以下） / unknown level")))
                .orElse(BodyLevel.COUNTY);
        PublishingBody result = new PublishingBody(id, name, body.optionalString("shortName"), category,
                List.copyOf(names), level);
        body.rejectUnknownKeys();
        return result;
    }
}
