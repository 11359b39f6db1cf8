package io.github.gongkai.importer;

/**
 * One line of a legacy report, with its line number in the source file for messages.
 *
 * @param number the 1-based line number in the source file
 * @param text   the line, trimmed of surrounding blanks (including the ideographic space)
 */
public record SourceLine(int number, String text) {
}
