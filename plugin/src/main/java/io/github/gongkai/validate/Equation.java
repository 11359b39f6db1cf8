package io.github.gongkai.validate;

import io.github.gongkai.data.Cell;
import io.github.gongkai.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Two sums of cells that must be equal (or, for a subset, the right at most the left), with the
 * words that describe each side. An empty cell counts as 0 when the sums are compared (B7), and
 * is shown as （空） so that nobody reads a 0 the original never printed.
 *
 * @param id         the invariant
 * @param location   where to point the reader
 * @param context    what is being summed, e.g. 自然人列
 * @param left       the left side's cells
 * @param leftText   the left side in words, with {@code %s} for each cell's value
 * @param right      the right side's cells
 * @param rightText  the right side in words
 * @param rightNames what each right cell is, for naming an empty one when the words do not
 *                   (B2's “（一）至（六）各项之和”); empty when the words name every cell
 * @param atMost     the right side may be less than the left (P1 of a 其中 list)
 */
record Equation(String id, SourceLocation location, String context, List<Cell> left, String leftText,
        List<Cell> right, String rightText, List<String> rightNames, boolean atMost) {

    /** An equality whose words name every cell. */
    Equation(String id, SourceLocation location, String context, List<Cell> left, String leftText, List<Cell> right,
            String rightText) {
        this(id, location, context, left, leftText, right, rightText, List.of(), false);
    }

    boolean holds() {
        int difference = sum(left).compareTo(sum(right));
        return atMost ? difference >= 0 : difference == 0;
    }

    boolean hasEmptyCell() {
        return left.stream().anyMatch(Cell::isEmpty) || right.stream().anyMatch(Cell::isEmpty);
    }

    /**
     * Whether some whole values ≥ 0 in the empty cells make it hold: only then may the failure be
     * put down to the original leaving cells empty (contract §5.5, amended 2026-12). The empty
     * cells read as 0 give the smallest sums; an empty cell on a side can only raise that side.
     */
    boolean emptyCellsCanExplain() {
        boolean leftFree = left.stream().anyMatch(Cell::isEmpty);
        boolean rightFree = right.stream().anyMatch(Cell::isEmpty);
        BigDecimal gap = sum(right).subtract(sum(left)); // what the left lacks
        if (gap.stripTrailingZeros().scale() > 0) {
            return false; // whole values cannot fill a fractional gap
        }
        if (atMost) {
            return gap.signum() <= 0 || leftFree;
        }
        return gap.signum() == 0 || (gap.signum() > 0 && leftFree) || (gap.signum() < 0 && rightFree);
    }

    /** e.g. 自然人列：本年新收(26)+上年结转(0) ≠ 办理结果总计(25)+结转下年度(0). */
    String describe() {
        return context + "：" + fill(leftText, left) + (atMost ? " < " : " ≠ ") + fill(rightText, right);
    }

    /** The empty cells in words, e.g. 本年新收、上年结转, for the message of a failure they cannot explain. */
    String emptyCells() {
        List<String> names = new ArrayList<>();
        names(leftText, left, List.of(), names);
        names(rightText, right, rightNames, names);
        return String.join("、", names);
    }

    private static void names(String text, List<Cell> cells, List<String> given, List<String> names) {
        String[] words = text.split("\\(%s\\)", -1);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                continue;
            }
            if (i < given.size()) {
                names.add(given.get(i));
            } else if (text.contains("%s") && i < words.length) {
                names.add(words[i].replaceAll("^[+\\s]+", "").strip());
            } else {
                names.add(text);
            }
        }
    }

    private static String fill(String text, List<Cell> cells) {
        if (!text.contains("%s")) {
            String sum = sum(cells).toPlainString();
            return text + "(" + (cells.stream().allMatch(Cell::isEmpty) ? "空" : sum) + ")";
        }
        return String.format(text, cells.stream().map(c -> c.isEmpty() ? "空" : c.orZero().toPlainString()).toArray());
    }

    private static BigDecimal sum(List<Cell> cells) {
        return cells.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
