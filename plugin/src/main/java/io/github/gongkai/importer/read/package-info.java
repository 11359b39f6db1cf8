/**
 * The readers of {@code site:import}: each turns one source format (Word .docx, PDF, text or
 * Markdown) into the one document model of {@link io.github.gongkai.importer.document}, leaving
 * out what only belongs to the page (running headers, page numbers).
 */
package io.github.gongkai.importer.read;
