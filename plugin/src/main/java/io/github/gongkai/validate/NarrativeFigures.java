package io.github.gongkai.validate;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.Statistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B6: the figures a narrative quotes ("共收到政府信息公开申请26件", "办结25件", "行政复议1件")
 * compared with its tables. Real reports disagree surprisingly often; it is a warning.
 */
final class NarrativeFigures {

    /**
     * One phrase a narrative uses for a figure of the tables.
     *
     * @param required a word every match contains: a line without it is not searched (seven
     *                 patterns on every line of every narrative were most of a build's checking)
     * @param pattern  the phrase, group 1 the number
     * @param what     what the figure is, in Chinese
     * @param rows     the rows of 表三 whose 总计 it is made of (none for 表四)
     * @param expected the values the tables allow (受理 means new, or new plus carried-in)
     */
    private record Quote(String required, Pattern pattern, String what, List<String> rows,
            Function<Statistics.National, List<BigDecimal>> expected) {
    }

    private static final String GAP = "[^。；，,0-9]{0,16}?";

    private static final List<Quote> QUOTES = List.of(
            new Quote("申请", Pattern.compile("(?:收到|受理)" + GAP + "申请" + GAP + "(\\d+)件"), "收到/受理申请",
                    List.of("received", "carriedIn"), t -> {
                        BigDecimal received = total(t, "received");
                        return List.of(received, received.add(total(t, "carriedIn")));
                    }),
            new Quote("办结", Pattern.compile("办结" + "(?:申请)?(?:共)?(\\d+)件"), "办结申请",
                    List.of("total"), t -> List.of(total(t, "total"))),
            new Quote("予以公开及部分公开", Pattern.compile("予以公开及部分公开" + "(?:共)?(\\d+)件"), "予以公开及部分公开",
                    List.of("granted", "partial"), t -> List.of(total(t, "granted").add(total(t, "partial")))),
            new Quote("予以公开", Pattern.compile("(?<!及部分公开|部分)予以公开(?!及)" + "(?:共)?(\\d+)件"), "予以公开",
                    List.of("granted"), t -> List.of(total(t, "granted"))),
            new Quote("结转", Pattern.compile("结转(?:下年度|至下年度|下一年度)?(?:继续办理)?(?:共)?(\\d+)件"), "结转下年度",
                    List.of("carriedOut"), t -> List.of(total(t, "carriedOut"))),
            new Quote("行政复议", Pattern.compile("行政复议(?:案件)?(?:共)?(\\d+)(?:件|起)"), "行政复议",
                    List.of(), t -> List.of(group(t, "review"))),
            new Quote("行政诉讼", Pattern.compile("行政诉讼(?:案件)?(?:共)?(\\d+)(?:件|起)"), "行政诉讼",
                    List.of(), t -> List.of(group(t, "litigationDirect").add(group(t, "litigationAfterReview")))));

    private NarrativeFigures() {
    }

    static List<Finding> check(Narrative narrative, Statistics.National tables) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = narrative.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Quote quote : QUOTES) {
                if (!lines[i].contains(quote.required())) {
                    continue;
                }
                Matcher matcher = quote.pattern().matcher(lines[i]);
                while (matcher.find()) {
                    BigDecimal quoted = new BigDecimal(matcher.group(1));
                    List<BigDecimal> allowed;
                    try {
                        allowed = quote.expected().apply(tables);
                    } catch (NoFigure e) {
                        continue; // every cell it is made of is empty: the table says nothing to compare
                    }
                    if (allowed.stream().noneMatch(v -> v.compareTo(quoted) == 0)) {
                        String empty = emptyTotals(tables, quote) ? "（总计列留空，按各类申请人之和）" : "";
                        findings.add(new Finding("B6", false, narrative.source().atLine(narrative.firstLine() + i),
                                "正文“" + matcher.group() + "”与统计表不一致：表中" + quote.what() + "为 "
                                        + allowed.get(0).toPlainString() + empty + " / the narrative quotes " + quoted
                                        + ", the table says " + allowed.get(0).toPlainString()));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * A row's 总计. Where the original left 总计 empty (Shanghai 2019 leaves the whole column
     * empty), the sum of its applicant columns is what the table says, not 0.
     *
     * @throws NoFigure when the whole row is empty
     */
    private static BigDecimal total(Statistics.National tables, String row) {
        List<Cell> cells = tables.applications().row(row);
        Cell total = cells.get(ApplicationTable.TOTAL_COLUMN);
        if (!total.isEmpty()) {
            return total.orZero();
        }
        List<Cell> applicants = cells.subList(0, ApplicationTable.TOTAL_COLUMN);
        if (applicants.stream().allMatch(Cell::isEmpty)) {
            throw new NoFigure();
        }
        return applicants.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether a phrase's figure came from a row of 表三 whose 总计 the original left empty. */
    private static boolean emptyTotals(Statistics.National tables, Quote quote) {
        return quote.rows().stream()
                .anyMatch(row -> tables.applications().row(row).get(ApplicationTable.TOTAL_COLUMN).isEmpty());
    }

    /** A figure the table does not give: every cell it is made of is empty. */
    private static final class NoFigure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoFigure() {
            super(null, null, false, false);
        }
    }

    private static BigDecimal group(Statistics.National tables, String group) {
        List<Cell> cells = tables.reviews().group(group);
        Cell total = cells.get(ReviewTable.FIELDS.indexOf("total"));
        if (!total.isEmpty()) {
            return total.orZero();
        }
        if (cells.subList(0, 4).stream().allMatch(Cell::isEmpty)) {
            throw new NoFigure();
        }
        return cells.subList(0, 4).stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
