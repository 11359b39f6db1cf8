package io.github.gongkai.importer;

import io.github.gongkai.importer.NarrativeBlock.Heading;
import io.github.gongkai.importer.NarrativeBlock.Paragraph;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an imported narrative as AsciiDoc (header attributes, == and === sections) or as
 * Markdown (YAML front matter, ## and ### sections), the two narrative forms of the contract.
 */
final class NarrativeText {

    /** A paragraph starting like this would be read as markup (list, block, attribute), not text. */
    private static final Pattern ADOC_BLOCK_START = Pattern.compile("^([-*.=|/\\[<>+:_`#]|\\d+\\.\\s).*");
    private static final Pattern MARKDOWN_BLOCK_START = Pattern.compile("^([-*+>#|=_`<]|\\d+\\.\\s).*");

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
                adoc.append(heading.level() == 1 ? "== " : "=== ").append(heading.text()).append('\n');
            } else {
                String text = ((Paragraph) block).text();
                adoc.append(ADOC_BLOCK_START.matcher(text).matches() ? "{empty}" : "").append(text).append('\n');
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
                md.append(heading.level() == 1 ? "## " : "### ").append(heading.text()).append('\n');
            } else {
                String text = ((Paragraph) block).text();
                md.append(MARKDOWN_BLOCK_START.matcher(text).matches() ? "\\" : "").append(text).append('\n');
            }
        }
        return md.toString();
    }
}
