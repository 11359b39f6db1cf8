package io.github.gongkai.importer;

import io.github.gongkai.importer.NarrativeBlock.Heading;
import io.github.gongkai.importer.NarrativeBlock.Paragraph;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an imported narrative as AsciiDoc (header attributes, == and === sections) or as
 * Markdown (YAML front matter, ## and ### sections), the two narrative forms of the contract.
 */
final class NarrativeText {

    /** A paragraph starting like this would be read as markup (list, block, attribute), not text. */
    private static final Pattern ADOC_BLOCK_START = Pattern.compile("^([-*.=|/\\[<>+:_`#]|\\d+\\.\\s).*");
    /** A paragraph starting like this would be read as a heading, a list or a quote; {@link #MARKDOWN_INLINE} escapes the rest. */
    private static final Pattern MARKDOWN_BLOCK_START = Pattern.compile("^(?:[-+#=]|\\d{1,9}(?=[.)]))");
    /**
     * What AsciiDoc's inline substitutions would change in plain text: formatting marks (1~3月、7~9月
     * would become a subscript), passthroughs, attribute references, macros and cross references,
     * and the typographic replacements (-- … → © ’).
     */
    private static final Pattern ADOC_INLINE = Pattern.compile(
            "[~^*_`#+\\[\\]{}<>\\\\]|'|--|\\.\\.\\.|=>|\\((?:C|R|TM)\\)|&(?=#?\\w+;)");
    /** The ASCII punctuation CommonMark may read as inline markup; a backslash before one always shows it as is. */
    private static final Pattern MARKDOWN_INLINE = Pattern.compile("[\\\\`*_\\[\\]<>!&~|]");

    private NarrativeText() {
    }

    /** The AsciiDoc form. */
    static String asciidoc(String title, Map<String, String> attributes, String comment, ReportOutline outline) {
        StringBuilder adoc = new StringBuilder("= ").append(title).append('\n');
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            adoc.append(':').append(attribute.getKey()).append(": ").append(attribute.getValue()).append('\n');
        }
        adoc.append("// ").append(comment).append('\n');
        for (NarrativeBlock block : outline.blocks()) {
            adoc.append('\n');
            if (block instanceof Heading heading) {
                adoc.append(heading.level() == 1 ? "== " : "=== ").append(asciidocLiteral(heading.text())).append('\n');
            } else {
                String text = ((Paragraph) block).text();
                adoc.append(ADOC_BLOCK_START.matcher(text).matches() ? "{empty}" : "").append(asciidocLiteral(text))
                        .append('\n');
            }
        }
        return adoc.toString();
    }

    /** The Markdown form (no comment line: raw HTML in Markdown is shown as text). */
    static String markdown(String title, Map<String, String> attributes, ReportOutline outline) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(StatisticsYaml.scalar(title)).append('\n');
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            md.append(attribute.getKey()).append(": ")
                    .append(StatisticsYaml.scalar(attribute.getValue())).append('\n');
        }
        md.append("---\n");
        for (NarrativeBlock block : outline.blocks()) {
            md.append('\n');
            if (block instanceof Heading heading) {
                md.append(heading.level() == 1 ? "## " : "### ").append(markdownLiteral(heading.text())).append('\n');
            } else {
                String text = ((Paragraph) block).text();
                md.append(markdownParagraph(text)).append('\n');
            }
        }
        return md.toString();
    }

    /**
     * {@code text} as AsciiDoc that shows exactly it: each character that markup would take is
     * written as a character reference (~ as &amp;#126;), which the converter passes through untouched.
     */
    static String asciidocLiteral(String text) {
        return ADOC_INLINE.matcher(text).replaceAll(match -> "&#" + (int) match.group().charAt(0) + ";"
                + match.group().substring(1));
    }

    /** A paragraph as Markdown that shows exactly it: nor a list, heading or quote, nor any inline markup. */
    static String markdownParagraph(String text) {
        String literal = markdownLiteral(text);
        Matcher start = MARKDOWN_BLOCK_START.matcher(literal);
        if (!start.lookingAt()) {
            return literal;
        }
        // "1. " and "1) " start a list: the delimiter is escaped, since a backslash before a digit shows.
        boolean number = Character.isDigit(literal.charAt(0));
        return number ? start.group() + "\\" + literal.substring(start.end()) : "\\" + literal;
    }

    /** {@code text} as Markdown that shows exactly it: a backslash before each markup character. */
    static String markdownLiteral(String text) {
        return MARKDOWN_INLINE.matcher(text).replaceAll(match -> "\\\\" + Matcher.quoteReplacement(match.group()));
    }
}
