package io.github.gongkai.content;

import io.github.gongkai.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * The report metadata a narrative file declares: AsciiDoc header attributes or Markdown front
 * matter, contract §4. Each value keeps where it was written, for error messages.
 *
 * @param title     {@code title}, or the AsciiDoc document title
 * @param published {@code published}, as written
 * @param source    {@code source} (来源)
 * @param indexNo   {@code index-no} (索引号)
 * @param docNo     {@code doc-no} (文号)
 */
record NarrativeHeader(
        Optional<Value> title, Optional<Value> published, Optional<Value> source, Optional<Value> indexNo,
        Optional<Value> docNo) {

    /**
     * One header value and where it is.
     *
     * @param text     the value
     * @param location its line
     */
    record Value(String text, SourceLocation location) {
    }

    static NarrativeHeader empty() {
        return new NarrativeHeader(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
