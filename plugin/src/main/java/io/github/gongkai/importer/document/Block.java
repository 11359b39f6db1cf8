package io.github.gongkai.importer.document;

import java.util.List;

/**
 * A block of an imported document, the one shape every reader (text, Word, PDF) produces and the
 * recogniser reads: a reader knows its format, the recogniser knows the annual report.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table {

    /** Where the block starts in the source. */
    Place at();

    /**
     * A heading the source marks as one (a Word heading style, a Markdown "#"); numbered headings
     * of plain text are paragraphs here and recognised later by their numbers.
     *
     * @param level 1 for the document title or top level ("#", 标题 1), 2, 3 … below
     * @param text  the heading as printed, its numbering included
     * @param at    where it is
     */
    record Heading(int level, String text, Place at) implements Block {
    }

    /**
     * A paragraph: its lines already joined.
     *
     * @param text the text as printed
     * @param at   where it starts
     */
    record Paragraph(String text, Place at) implements Block {
    }

    /**
     * A table as rows of cells.
     *
     * @param rows its rows, top to bottom
     * @param at   where it starts
     */
    record Table(List<Row> rows, Place at) implements Block {
    }

    /**
     * A row of a table.
     *
     * @param cells its cells, left to right; a merged cell's continuation is a cell marked merged
     * @param at    where the row is
     */
    record Row(List<Cell> cells, Place at) {
    }
}
