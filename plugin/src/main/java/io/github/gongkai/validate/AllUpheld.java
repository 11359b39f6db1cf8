package io.github.gongkai.validate;

import io.github.gongkai.data.Cell;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.Statistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C3: a narrative that says the cases were all upheld (“复议7件，诉讼9件，均获维持”) while 表四
 * has cases corrected, ended otherwise or still pending. 上海市政府办公厅 2019 says so with three
 * cases pending; it is a warning, for the 政务公开办 to compare with the original.
 */
final class AllUpheld {

    /** 均获维持, 全部维持, 均予以维持, 都被维持…; not 未全部维持. */
    private static final Pattern CLAIM = Pattern.compile(
            "(?<![未不没非])(?:均|全部|全都|都|皆|一律)(?:已|依法)?(?:获得?|予以|被|得到|为|是)?(?:依法)?维持");
    private static final List<String> NOT_UPHELD = List.of("corrected", "other", "pending");

    private AllUpheld() {
    }

    static List<Finding> check(Narrative narrative, Statistics.National tables) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = narrative.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("维持")) {
                continue;
            }
            Matcher claim = CLAIM.matcher(lines[i]);
            while (claim.find()) {
                String sentence = sentence(lines[i], claim.start());
                List<String> cases = notUpheld(tables.reviews(), groups(sentence));
                if (!cases.isEmpty()) {
                    findings.add(new Finding("C3", false, narrative.source().atLine(narrative.firstLine() + i),
                            "正文“" + claim.group() + "”与统计表不一致：表四中" + String.join("、", cases)
                                    + "，并非全部维持，请与原件核对 / the narrative says every case was upheld, "
                                    + "the table has cases corrected, ended otherwise or pending"));
                }
            }
        }
        return findings;
    }

    /** The sentence around {@code at}: between the 。；！ before and after it. */
    private static String sentence(String line, int at) {
        int start = at;
        while (start > 0 && "。；！;!".indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < line.length() && "。；！;!".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(start, end);
    }

    /** The groups of 表四 the sentence speaks of: 复议, 诉讼, or (naming both or neither) all three. */
    private static List<String> groups(String sentence) {
        boolean review = sentence.replace("复议后起诉", "").contains("复议");
        boolean litigation = sentence.contains("诉讼") || sentence.contains("起诉");
        if (review && !litigation) {
            return List.of("review");
        }
        if (litigation && !review) {
            return List.of("litigationDirect", "litigationAfterReview");
        }
        return ReviewTable.GROUPS;
    }

    /** “行政复议尚未审结 2 件” for each cell of those groups that is not 结果维持 and not empty or 0. */
    private static List<String> notUpheld(ReviewTable table, List<String> groups) {
        List<String> cases = new ArrayList<>();
        for (String group : groups) {
            List<Cell> cells = table.group(group);
            for (String field : NOT_UPHELD) {
                int column = ReviewTable.FIELDS.indexOf(field);
                Cell cell = cells.get(column);
                if (!cell.isEmpty() && cell.orZero().compareTo(BigDecimal.ZERO) > 0) {
                    cases.add(ReviewTable.GROUP_LABELS.get(ReviewTable.GROUPS.indexOf(group))
                            + ReviewTable.FIELD_LABELS.get(column) + " " + cell.orZero().toPlainString() + " 件");
                }
            }
        }
        return cases;
    }
}
