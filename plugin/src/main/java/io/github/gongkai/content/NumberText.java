package io.github.gongkai.content;

import java.math.BigDecimal;

/**
 * A figure as written in a statistics file. Its size is bounded because a hostile
 * {@code 1e999999999} is a valid decimal whose sums and printing would take the build's memory.
 */
final class NumberText {

    /** More than any count or amount (in 万元 or 元) a county report holds. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 6;

    private static final String OUT_OF_RANGE = "out of range";
    private static final String EXPONENT = "exponent";

    private NumberText() {
    }

    /**
     * @throws NumberFormatException when {@code text} is not a decimal number, or too large or too
     *                               finely divided to be a figure of a report
     */
    static BigDecimal parse(String text) {
        if (text.length() > 2 * (MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS)) {
            throw new NumberFormatException(OUT_OF_RANGE); // parsing a huge digit string alone takes long
        }
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            throw new NumberFormatException(EXPONENT); // 1e3: no report prints a figure so; a typo or a spreadsheet's export
        }
        BigDecimal value = new BigDecimal(text.replace("_", ""));
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS
                    || stripped.scale() > MAX_FRACTION_DIGITS) {
                throw new NumberFormatException(OUT_OF_RANGE);
            }
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return value;
    }

    /** What is wrong with a number {@link #parse} refused, or {@code otherwise} when it is no number at all. */
    static String problem(NumberFormatException e, String otherwise) {
        if (EXPONENT.equals(e.getMessage())) {
            return "是科学计数法，请照原文写出数字（如 1000） / write the figure out, not in exponent notation";
        }
        return OUT_OF_RANGE.equals(e.getMessage()) ? "超出年报数字的合理范围（整数部分最多 " + MAX_INTEGER_DIGITS
                + " 位，小数最多 " + MAX_FRACTION_DIGITS + " 位） / out of range" : otherwise;
    }
}
