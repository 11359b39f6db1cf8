package io.github.gongkai.importer;

/** A block of an imported narrative: a section heading or a paragraph, with its source line. */
sealed interface NarrativeBlock {

    /** The source line the block starts on. */
    int line();

    /**
     * A section heading: level 1 for 一、…, level 2 for （一）….
     *
     * @param level 1 or 2
     * @param text  the heading as printed
     * @param line  its source line
     */
    record Heading(int level, String text, int line) implements NarrativeBlock {
    }

    /**
     * A paragraph.
     *
     * @param text the paragraph as printed
     * @param line its first source line
     */
    record Paragraph(String text, int line) implements NarrativeBlock {
    }
}
