package io.github.gongkai.importer.document;

/**
 * One cell of a table row as the source has it.
 *
 * @param text    its text, blanks at both ends removed; empty for an empty cell
 * @param colSpan how many grid columns it covers (1 when not merged)
 * @param rowSpan how many rows it covers, counted on its first row (1 when not merged)
 * @param merged  whether this is the continuation of a cell merged from the row above (its text
 *                is then empty: the text belongs to the first row)
 * @param x       the horizontal centre of the cell's text on the page, in points, where the
 *                source has a layout (PDF); {@code Double.NaN} otherwise
 */
public record Cell(String text, int colSpan, int rowSpan, boolean merged, double x) {

    /** A plain cell of a source without spans or layout. */
    public static Cell of(String text) {
        return new Cell(text, 1, 1, false, Double.NaN);
    }
}
