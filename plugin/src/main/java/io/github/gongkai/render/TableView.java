package io.github.gongkai.render;

import java.io.Serializable;
import java.util.List;

/**
 * An official table laid out for printing: header rows and body rows of cells with their
 * spans, and for every data cell the ids of all headers that describe it (the {@code headers}
 * attribute), so that a screen reader says "自然人, （一）予以公开: 3".
 *
 * @param id      prefix of the table's ids, unique on the page
 * @param caption the table's caption
 * @param head    the header rows
 * @param body    the body rows
 * @param note    a note printed under the table, or null
 */
public record TableView(String id, String caption, List<Row> head, List<Row> body, String note)
        implements Serializable {

    /**
     * One row.
     *
     * @param cells its cells, left to right
     */
    public record Row(List<TableCell> cells) implements Serializable {
    }

    /**
     * One cell: a header ({@code th}) or data ({@code td}).
     *
     * @param header  whether it is a {@code th}
     * @param id      its id (headers only), or null
     * @param text    what it shows; "" for a cell the original left empty
     * @param rowspan rows it spans
     * @param colspan columns it spans
     * @param scope   {@code col}, {@code colgroup}, {@code row}, {@code rowgroup} (headers only), or null
     * @param headers ids of the headers describing a data cell, or null
     */
    public record TableCell(boolean header, String id, String text, int rowspan, int colspan, String scope,
            String headers) implements Serializable {

        static TableCell th(String id, String text, int rowspan, int colspan, String scope) {
            return new TableCell(true, id, text, rowspan, colspan, scope, null);
        }

        static TableCell td(String text, int colspan, String headers) {
            return new TableCell(false, null, text, 1, colspan, null, headers);
        }
    }
}
