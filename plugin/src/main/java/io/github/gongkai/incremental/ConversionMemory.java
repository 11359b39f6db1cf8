package io.github.gongkai.incremental;

import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.Narrative;
import java.util.Optional;

/**
 * What converting the narratives ({@code render.NarrativeBatch}) may take from an earlier build:
 * a narrative converted from the same text by the same code. The defaults remember nothing.
 */
public interface ConversionMemory {

    /** {@code narrative} as an earlier build converted it; with its messages only unless {@code withHtml}. */
    default Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        return Optional.empty();
    }

    /**
     * Whether this build will likely convert AsciiDoc (an .adoc file is new or changed since the
     * last build): JRuby's start-up, seconds, may then run while the reports are read. Only a
     * hint for when to start; what is converted does not depend on it.
     */
    default boolean likelyConvertsAsciidoc() {
        return false;
    }

    /** Remembers {@code converted}, this build's conversion of {@code narrative}; whether it was kept. */
    default boolean converted(Narrative narrative, ConvertedNarrative converted) {
        return false;
    }
}
