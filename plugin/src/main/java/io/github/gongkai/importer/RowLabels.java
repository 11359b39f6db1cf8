package io.github.gongkai.importer;

import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReportFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the official row a printed label names, however the report printed it: with or without
 * its number (一、 （一） 1.), with its group or 三、本年度办理结果 in front ("（三）不予公开1.属于国家秘密"),
 * half- or full-width, quoted or not, and cut where a narrow PDF cell wrapped it (a label that
 * only one official label starts with). Every label of tables 二 and 三 is unique once its number
 * and group are removed, which is why a row whose group is on an earlier line is still found.
 */
final class RowLabels {

    /** A row of table 二 or 三. */
    sealed interface Row permits Proactive, Application {
        /** Its key in the statistics file. */
        String key();

        /** Its label for messages. */
        String label();
    }

    /** A row of table 二. */
    record Proactive(ProactiveRow row) implements Row {
        @Override
        public String key() {
            return row.key();
        }

        @Override
        public String label() {
            return row.label();
        }
    }

    /** A row of table 三. */
    record Application(ApplicationRow row) implements Row {
        @Override
        public String key() {
            return row.key();
        }

        @Override
        public String label() {
            return row.fullLabel();
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[（][一二三四五六七八九十\\d]+[）]|\\d+[.、．]|\\d+(?=[\\p{IsHan}]))");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)[.、．]?$");
    private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\"「」\u2018\u2019'『』]");
    /** A wrapped label must be this long before its start is taken for the whole. */
    private static final int MIN_PREFIX = 6;

    private final Map<String, Row> byName = new LinkedHashMap<>();
    private final List<String> prefixes = new ArrayList<>();

    RowLabels(ReportFormat format) {
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            for (ProactiveRow row : block.rows()) {
                byName.put(name(row.label()), new Proactive(row));
            }
        }
        List<ApplicationRow> rows = OfficialTables.applicationRows(format);
        for (ApplicationRow row : rows) {
            byName.put(name(row.label()), new Application(row));
            if (row.group() != null && !prefixes.contains(name(row.group()))) {
                prefixes.add(name(row.group()));
            }
        }
        prefixes.add(name("三、本年度办理结果"));
        prefixes.add(name("本年度办理结果"));
        prefixes.add(name("办理结果"));
        if (format == ReportFormat.V2021) {
            byName.put(name("规范性文件"), byName.get(name("行政规范性文件"))); // the 2019 label, kept by many 2021 reports
        }
        byName.put(name("合计"), byName.get(name("（七）总计")));
    }

    /** The comparable form: folded, without quotes, blanks and leading number. */
    static String name(String label) {
        String t = comparable(label);
        return NUMBER.matcher(t).replaceFirst("");
    }

    /**
     * Folded, without notes and quotes, and with a comma between two clauses taken for the 、 the
     * official label has there ("逾期不补正, 行政机关不再处理", 沭阳县人民政府 2025).
     */
    private static String comparable(String label) {
        // 其它 is the other common writing of 其他 ("2.其它法律行政法规禁止公开").
        return QUOTES.matcher(LabelText.fold(TableCells.withoutNotes(label))).replaceAll("").replace('，', '、')
                .replace("其它", "其他");
    }

    /** The row {@code label} names exactly (its number, group and quotes aside). */
    Optional<Row> exact(String label) {
        String name = withoutGroups(comparable(label));
        Row row = byName.get(name);
        if (row != null) {
            return Optional.of(row);
        }
        // "（二）部分公开" without its bracketed note.
        for (Map.Entry<String, Row> e : byName.entrySet()) {
            if (e.getKey().startsWith(name) && name.length() >= 2 && e.getKey().startsWith("（", name.length())) {
                return Optional.of(e.getValue());
            }
        }
        // An official label with a province's note after it, "规章(设区的市、自治州人民政府应提供相关数据)" (湖北 2020).
        int note = name.indexOf('（');
        if (note >= 2 && name.endsWith("）")) {
            return Optional.ofNullable(byName.get(name.substring(0, note)));
        }
        return Optional.empty();
    }

    /** The row whose label alone starts with {@code label} (a label cut by a narrow cell), if exactly one does. */
    Optional<Row> start(String label) {
        String name = withoutGroups(comparable(label));
        if (name.length() < MIN_PREFIX) {
            return Optional.empty();
        }
        List<Row> found = byName.entrySet().stream().filter(e -> e.getKey().startsWith(name)).map(Map.Entry::getValue)
                .distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The numbered row of table 三 whose official label holds every character of {@code label} in
     * order, if exactly one with that number does: a label printed with words left out
     * ("2.其他法律行政止公开" for 2.其他法律行政法规禁止公开, 洪泽区 2023 and 2024). The number must be
     * there and match, and at least two thirds of the official label must be printed.
     */
    Optional<Row> abridged(String label) {
        String folded = comparable(label);
        String rest = withoutGroups(folded);
        String printed = number(folded.substring(0, folded.length() - rest.length()));
        if (printed == null || rest.length() < MIN_PREFIX) {
            return Optional.empty();
        }
        List<Row> found = byName.values().stream().distinct().filter(r -> r instanceof Application a
                && a.row().label().startsWith(printed + ".")
                && inOrder(rest, nameOf(r)) && rest.length() * 3 >= nameOf(r).length() * 2).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The row of table 二 whose official label holds every character of {@code label} in order, if
     * exactly one does and {@code label} has all but one of them: a label printed with a word left
     * out ("行政事业收费" for 行政事业性收费). Only labels of six characters and more: the short ones
     * (行政许可, 行政处罚) differ by too little.
     */
    Optional<Row> abridgedProactive(String label) {
        String rest = withoutGroups(comparable(label));
        if (rest.length() < MIN_PREFIX) {
            return Optional.empty();
        }
        List<Row> found = byName.values().stream().distinct().filter(r -> r instanceof Proactive
                && inOrder(rest, nameOf(r)) && rest.length() + 1 >= nameOf(r).length()).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The arabic number a label ends its prefix with ("（三）不予公开2." → "2"), or null. */
    private static String number(String prefix) {
        java.util.regex.Matcher m = TRAILING_NUMBER.matcher(prefix);
        return m.find() ? m.group(1) : null;
    }

    private static boolean inOrder(String part, String whole) {
        int at = 0;
        for (int i = 0; i < part.length(); i++) {
            at = whole.indexOf(part.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code label} is a group of table 三 ("（三）不予公开", "三、本年度办理结果"). */
    boolean isGroup(String label) {
        return prefixes.contains(name(label));
    }

    /** The official label of {@code row} in comparable form. */
    static String nameOf(Row row) {
        return row instanceof Application a ? name(a.row().label()) : name(row.label());
    }

    private String withoutGroups(String folded) {
        String t = NUMBER.matcher(folded).replaceFirst("");
        boolean again = true;
        while (again) {
            again = false;
            for (String prefix : prefixes) {
                if (t.startsWith(prefix) && t.length() > prefix.length()) {
                    t = NUMBER.matcher(t.substring(prefix.length())).replaceFirst("");
                    again = true;
                }
            }
        }
        return t;
    }
}
