package io.github.gongkai.validate;

import io.github.gongkai.data.Cell;
import io.github.gongkai.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.util.List;

/**
 * Two sums of cells that must be equal, with the words that describe each side. An empty
 * cell counts as 0 (B7).
 *
 * @param id       the invariant
 * @param location where to point the reader
 * @param context  what is being summed, e.g. 自然人列
 * @param left     the left side's cells
 * @param leftText the left side in words, with {@code %s} for each cell's value
 * @param right    the right side's cells
 * @param rightText the right side in words
 */
record Equation(String id, SourceLocation location, String context, List<Cell> left, String leftText,
        List<Cell> right, String rightText) {

    boolean holds() {
        return sum(left).compareTo(sum(right)) == 0;
    }

    boolean hasEmptyCell() {
        return left.stream().anyMatch(Cell::isEmpty) || right.stream().anyMatch(Cell::isEmpty);
    }

    /** e.g. 自然人列：本年新收(26)+上年结转(0) ≠ 办理结果总计(25)+结转下年度(0). */
    String describe() {
        return context + "：" + fill(leftText, left) + " ≠ " + fill(rightText, right);
    }

    private static String fill(String text, List<Cell> cells) {
        if (!text.contains("%s")) {
            return text + "(" + sum(cells).toPlainString() + ")";
        }
        return String.format(text, cells.stream().map(c -> c.orZero().toPlainString()).toArray());
    }

    private static BigDecimal sum(List<Cell> cells) {
        return cells.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
