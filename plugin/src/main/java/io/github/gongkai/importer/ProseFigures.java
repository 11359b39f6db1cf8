package io.github.gongkai.importer;

import io.github.gongkai.importer.NarrativeBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a pre-2019 report from its prose, e.g. "全年累计主动公开政府信息11条。其中：
 * “规范性文件”信息3条，…". Rules, in order:
 * <ul>
 * <li>a sentence ends at 。！？; a clause at ，；： (half- or full-width);</li>
 * <li>a figure is a clause ending in a number and a unit (条 件 起 次 个 项 份 人次 元 万元);</li>
 * <li>a figure in a sentence that begins with 其中, or after a 其中 clause, is a part of the last
 *     figure before it; any other figure is a top-level one; such a part may be written figure
 *     first ("其中1件已撤回", label 已撤回), a top-level figure never is (it would be a guess);</li>
 * <li>the label is the quoted name (“政府集中采购信息” → 政府集中采购), or the clause before the
 *     number without its time and tally words (全年累计, 共), "因…引起", and a submission channel
 *     "通过…提交申请" reduced to the channel (通过公开受理窗口当面提交申请 → 当面提交).</li>
 * </ul>
 */
final class ProseFigures {

    private static final Pattern FIGURE = Pattern.compile("^(.*?)(\\d+(?:\\.\\d+)?)\\s*(人次|万元|条|件|起|次|个|项|份|元)$");
    private static final Pattern QUOTED = Pattern.compile("[“\"「](.+?)[”\"」]");
    private static final Pattern SENTENCES = Pattern.compile("[。！？!?]");
    private static final Pattern CLAUSES = Pattern.compile("[，,；;：:]");
    /** The time a clause starts with, and the body named before its year ("鲁城街道2018年主动公开…"). */
    private static final Pattern TIME = Pattern.compile("^(\\p{IsHan}{0,12}?\\d{4}年度?|全年度?|本年度?|年内|今年)");
    /** A part written figure first, "其中1件已撤回，1件不予立案" (大南街道 2018): its label is what follows. */
    private static final Pattern FIGURE_FIRST = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(人次|万元|条|件|起|次|个|项|份|元)(\\p{IsHan}{2,12})$");
    private static final Pattern TALLY = Pattern.compile("^.*?(累计|共计|合计|(?<!公)共)");
    /** The reporting body as the subject: 我乡, 我街道, 本机关. */
    private static final Pattern SUBJECT = Pattern.compile("^[我本](乡|镇|街道|街|局|办|委|区|县|市|单位|机关|部门)");
    private static final Pattern CAUSE = Pattern.compile("^因.*?引起");
    private static final Pattern IN_PERSON = Pattern.compile("^通过.*当面(提交|递交)申请$");
    private static final Pattern CHANNEL = Pattern.compile("^通过(.+?)(提交|递交)?申请$");

    /**
     * A figure read from the prose.
     *
     * @param label its label
     * @param value the number as printed
     * @param unit  its unit
     * @param line  the source line of its paragraph
     * @param parts its breakdown
     */
    record Figure(String label, String value, String unit, int line, List<Figure> parts) {
    }

    /**
     * What was read.
     *
     * @param figures  the top-level figures with their parts
     * @param unplaced figures that could not be attached
     */
    record Result(List<Figure> figures, List<Unplaced> unplaced) {
    }

    private ProseFigures() {
    }

    /** Reads the figures of the paragraphs among {@code blocks}. */
    static Result read(List<NarrativeBlock> blocks) {
        List<Figure> figures = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (NarrativeBlock block : blocks) {
            if (!(block instanceof Paragraph paragraph)) {
                continue;
            }
            for (String sentence : SENTENCES.split(paragraph.text())) {
                boolean parts = false;
                for (String raw : CLAUSES.split(sentence)) {
                    String clause = LabelText.strip(raw);
                    if (clause.startsWith("其中")) {
                        parts = true;
                        clause = LabelText.strip(clause.substring(2));
                    }
                    Matcher figure = FIGURE.matcher(clause);
                    Matcher first = FIGURE_FIRST.matcher(clause);
                    if (parts && !figures.isEmpty() && first.matches()) {
                        figures.get(figures.size() - 1).parts().add(new Figure(first.group(3), first.group(1),
                                first.group(2), paragraph.line(), new ArrayList<>()));
                        continue;
                    }
                    if (!figure.matches()) {
                        continue;
                    }
                    String label = label(figure.group(1));
                    if (label.isEmpty()) {
                        unplaced.add(new Unplaced(paragraph.line(), clause, "数字前没有可用的名称 / no label before the figure"));
                        continue;
                    }
                    Figure found = new Figure(label, figure.group(2), figure.group(3), paragraph.line(), new ArrayList<>());
                    if (!parts) {
                        figures.add(found);
                    } else if (figures.isEmpty()) {
                        unplaced.add(new Unplaced(paragraph.line(), clause,
                                "“其中”之前没有总数，无法归入 / a part without a total before it"));
                    } else {
                        figures.get(figures.size() - 1).parts().add(found);
                    }
                }
            }
        }
        return new Result(List.copyOf(figures), List.copyOf(unplaced));
    }

    /** The label of a figure from the words before its number. */
    static String label(String before) {
        String text = LabelText.strip(before);
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            String name = quoted.group(1);
            return name.endsWith("信息") && name.length() > 4 ? name.substring(0, name.length() - 2) : name;
        }
        text = SUBJECT.matcher(TIME.matcher(text).replaceFirst("")).replaceFirst("");
        Matcher tally = TALLY.matcher(text);
        if (tally.find() && tally.end() < text.length()) {
            text = text.substring(tally.end());
        }
        text = CAUSE.matcher(text).replaceFirst("");
        if (IN_PERSON.matcher(text).matches()) {
            return "当面提交";
        }
        Matcher channel = CHANNEL.matcher(text);
        if (channel.matches()) {
            return channel.group(1);
        }
        return LabelText.strip(text);
    }
}
