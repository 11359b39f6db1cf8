package io.github.gongkai.render;

import io.github.gongkai.data.Narrative;

/** Gives a narrative's body as a sanitized HTML fragment, without its document title. */
@FunctionalInterface
public interface NarrativeHtml {

    /** The HTML of {@code narrative}. */
    String toHtml(Narrative narrative);
}
