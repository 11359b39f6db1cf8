package io.github.gongkai.importer.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the visual lines of a page back into paragraphs. A text copied from a PDF keeps one line
 * (often one paragraph) per printed line; such a copy is told from a portal text, where a line is
 * a whole paragraph, by many lines of the same width (the text block's width). A line that fills
 * that width goes on in the next line, unless the next starts a numbered heading or item.
 */
public final class LineJoiner {

    /** A line starting like this starts a heading or an item of its own. */
    private static final Pattern STARTS_ITEM = Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．]|[一二三四五六七八九十]是)");
    /** A line ending with figures after blanks is a table row ("行政许可 97"), never wrapped prose. */
    private static final Pattern TABLE_ROW = Pattern.compile(".*\\S[ \\t\\u3000]+[-\\d.]+$");
    private static final int MIN_LINES = 3;
    /** A numbered heading: 一、 or （一） and no comma nor stop in it. */
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^，,。；;！？]*$");
    /** A line of figures alone (a one-cell-a-line table). */
    private static final Pattern FIGURES = Pattern.compile("[-\\d.,\\s]+");
    /** A portal's metadata line ("发布日期：2021-01-25 浏览次数："), never wrapped prose. */
    private static final Pattern METADATA = Pattern.compile("(日期|时间|索引号|文号|来源|浏览次数|发布机构)[:：]");

    private LineJoiner() {
    }

    /** The display width of a text: 2 for a Chinese or full-width character, 1 for others. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return width;
    }

    /**
     * The width of a full line when the lines look like a copy of printed pages, else 0: the most
     * common width among lines of some length, shared (±2) by at least a quarter of them.
     */
    public static int fullWidth(List<String> lines) {
        List<String> long_ = lines.stream().filter(l -> !l.contains("|")).filter(l -> width(l) >= 20).toList();
        int[] widths = long_.stream().mapToInt(LineJoiner::width).toArray();
        if (widths.length < MIN_LINES) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        for (int w : widths) {
            int count = 0;
            int max = 0;
            for (int other : widths) {
                if (Math.abs(other - w) <= 2) {
                    count++;
                    max = Math.max(max, other);
                }
            }
            if (count > bestCount || count == bestCount && max > best) {
                bestCount = count;
                best = max;
            }
        }
        // Printed prose has commas and full stops; a one-cell-a-line table copy has lines of the same
        // width too (its labels), without them.
        int width = best;
        long prose = long_.stream().filter(l -> Math.abs(width(l) - width) <= 2 && (l.contains("，") || l.contains("。")))
                .count();
        // A page is at most ~60 Chinese characters wide; portal paragraphs are much longer.
        return bestCount >= MIN_LINES && bestCount * 4 >= widths.length && best <= 130 && prose * 2 >= bestCount ? best : 0;
    }

    /** Whether the line starts a numbered heading or item ("一、", "（二）", "3.", "一是"). */
    public static boolean startsItem(String line) {
        return STARTS_ITEM.matcher(line).find();
    }

    /** Whether {@code line} (of a page whose full width is {@code fullWidth}) goes on in {@code next}. */
    public static boolean continues(String line, String next, int fullWidth) {
        if (fullWidth == 0 || width(line) < fullWidth - 5 || line.contains("|") || next.contains("|")) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '。' || last == '！' || last == '？' || last == '：' || last == '；') {
            return false;
        }
        // A heading as wide as the page is followed by its paragraph, not by the rest of its words, when the next
        // line is a sentence (铜陵市郊区 2017: "四、申请行政复议、提起行政诉讼和申诉的情况" / "我乡收到…0件。").
        if (HEADING.matcher(line).matches() && next.endsWith("。")) {
            return false;
        }
        return !STARTS_ITEM.matcher(next).find() && !TABLE_ROW.matcher(line).matches() && !FIGURES.matcher(next).matches()
                && !METADATA.matcher(line).find()
                && !TABLE_ROW.matcher(next).matches() && !PageFurniture.isPageNumber(next);
    }
}
