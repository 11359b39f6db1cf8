/**
 * The readers of {@code site:import}: each turns one source format (Word .docx, PDF, a web page
 * saved from a portal, text or Markdown) into the one document model of
 * {@link io.github.gongkai.importer.document}, leaving out what only belongs to the page (running
 * headers, page numbers, a portal's navigation).
 */
package io.github.gongkai.importer.read;
