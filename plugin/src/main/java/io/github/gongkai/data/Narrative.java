package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;

/**
 * The text of an annual report (年报正文) as the author wrote it, before conversion to HTML.
 *
 * @param source   the narrative file
 * @param language its markup
 * @param body      the markup to convert: the whole AsciiDoc document, or the Markdown after its
 *                  front matter
 * @param firstLine the line of the file on which {@code body} starts
 */
public record Narrative(SourceLocation source, MarkupLanguage language, String body, int firstLine) implements Serializable {
}
