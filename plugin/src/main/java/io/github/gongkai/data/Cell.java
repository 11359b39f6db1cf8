package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One cell of an official table: a figure, free text as printed (v2019 采购总金额 "251000元"),
 * or empty because the published original left it empty ({@code null} in the data).
 *
 * @param value    the figure, or null for an empty or text cell
 * @param text     the printed text of a text cell, else null
 * @param location where the cell is written
 */
public record Cell(BigDecimal value, String text, SourceLocation location) implements Serializable {

    /** A figure. */
    public static Cell of(BigDecimal value, SourceLocation location) {
        return new Cell(value, null, location);
    }

    /** An empty cell. */
    public static Cell empty(SourceLocation location) {
        return new Cell(null, null, location);
    }

    /** Whether the original left the cell empty. */
    public boolean isEmpty() {
        return value == null && text == null;
    }

    /** The figure, an empty cell counting as 0 (B7). */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The cell as the page prints it: the figure, the text, or nothing for an empty cell. */
    public String printed() {
        if (text != null) {
            return text;
        }
        return value == null ? "" : value.toPlainString();
    }
}
