package io.github.gongkai.importer.document;

import java.util.List;

/**
 * A report as a reader read it: blocks in reading order, page furniture (running headers, page
 * numbers) already left out.
 *
 * @param name     the source file's name, for messages
 * @param blocks   headings, paragraphs and tables in order
 * @param markdown whether the narrative should be written as Markdown (the source was Markdown)
 */
public record ImportDocument(String name, List<Block> blocks, boolean markdown) {
}
