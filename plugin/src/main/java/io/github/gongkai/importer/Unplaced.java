package io.github.gongkai.importer;

/**
 * Something of the source the import rules could not place, to be checked by a person.
 *
 * @param line   the 1-based line number in the source file (0 when the thing is missing altogether)
 * @param text   the source text, or the name of what is missing
 * @param reason why it was not placed, Chinese first
 */
public record Unplaced(int line, String text, String reason) {

    @Override
    public String toString() {
        return (line > 0 ? "第 " + line + " 行 / line " + line + ": " : "") + reason + "：" + text;
    }
}
