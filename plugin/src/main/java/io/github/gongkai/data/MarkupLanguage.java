package io.github.gongkai.data;

/** The markup of a narrative file (年报正文). */
public enum MarkupLanguage {
    /** {@code .adoc}. */
    ASCIIDOC,
    /** {@code .md}. */
    MARKDOWN
}
