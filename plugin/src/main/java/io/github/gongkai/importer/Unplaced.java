package io.github.gongkai.importer;

import io.github.gongkai.importer.document.Place;

/**
 * Something of the source the import rules could not place, to be checked by a person.
 *
 * @param at     where it is in the source (null when the thing is missing altogether)
 * @param text   the source text, or the name of what is missing
 * @param reason why it was not placed, Chinese first
 */
public record Unplaced(Place at, String text, String reason) {

    /** Something on a line of a text source (0: nowhere). */
    public Unplaced(int line, String text, String reason) {
        this(line > 0 ? Place.line(line) : null, text, reason);
    }

    /** The ordinal of its place (0 when it has none), for tests and sorting. */
    public int line() {
        return at == null ? 0 : at.line();
    }

    @Override
    public String toString() {
        return (at != null ? at.where() + ": " : "") + reason + "：" + text;
    }
}
