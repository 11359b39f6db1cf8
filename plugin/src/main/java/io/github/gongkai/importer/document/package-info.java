/**
 * The document model every reader of {@code site:import} produces: headings, paragraphs and
 * tables (rows of cells with spans) with their place in the source. A new source format needs
 * only a new reader that produces this model.
 */
package io.github.gongkai.importer.document;
