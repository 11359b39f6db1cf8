package io.github.gongkai.content;

import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables.Kind;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.math.BigDecimal;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads one cell of an official table, refusing what its column cannot hold (N1). */
final class TableCells {

    private TableCells() {
    }

    /**
     * @param location where the cell is written
     * @param node     its YAML node
     * @param kind     what the column holds
     * @param where    the table, row and column in Chinese, for the error message
     * @param keepN1   the file acknowledges N1: keep a negative or fractional count as published
     *                 (the validator warns of it) instead of refusing it
     */
    static Cell read(SourceLocation location, Node node, Kind kind, String where, boolean keepN1) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new InputError(location, "N1 " + where + "应为一个数，不能是列表或键值对 / expected a single value");
        }
        Tag tag = scalar.getTag();
        String text = scalar.getValue().strip();
        if (Tag.NULL.equals(tag)) {
            return Cell.empty(location);
        }
        if (kind == Kind.TEXT) {
            return new Cell(null, text, location);
        }
        boolean integer = Tag.INT.equals(tag);
        boolean decimal = Tag.FLOAT.equals(tag);
        if (!integer && !(decimal && (kind == Kind.DECIMAL || keepN1))) {
            String expected = kind == Kind.DECIMAL ? "应为数字（单位：万元）" : "应为整数";
            throw new InputError(location, "N1 " + where + "的值 \"" + text + "\" " + expected
                    + " / expected " + (kind == Kind.DECIMAL ? "a number" : "a whole number"));
        }
        BigDecimal value;
        try {
            value = NumberText.parse(text);
        } catch (NumberFormatException e) {
            throw new InputError(location, "N1 " + where + "的值 \"" + text + "\" "
                    + NumberText.problem(e, "应写成十进制数 / expected a decimal number"), e);
        }
        if (value.signum() < 0 && kind != Kind.SIGNED && !keepN1) {
            throw new InputError(location, "N1 " + where + "的值 " + text + " 不能为负数 / must not be negative");
        }
        return Cell.of(value, location);
    }
}
