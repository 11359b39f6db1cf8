package io.github.gongkai.validate;

import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;

/**
 * One result of checking a report's figures against an invariant (勾稽关系).
 *
 * @param id       the invariant, e.g. B1 (contract §5.5)
 * @param error    whether it stops the build; false for a warning
 * @param location the file and line of the figures concerned
 * @param message  the row and column labels in Chinese, the expected and the found value
 */
public record Finding(String id, boolean error, SourceLocation location, String message) implements Serializable {

    /** {@code reports/2023/fgj.yaml:14: B1 自然人列：…}. */
    @Override
    public String toString() {
        return location + ": " + id + " " + message;
    }
}
