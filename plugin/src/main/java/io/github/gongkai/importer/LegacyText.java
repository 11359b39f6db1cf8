package io.github.gongkai.importer;

import io.github.gongkai.content.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a legacy report as plain text or Markdown, strictly UTF-8, with their numbers.
 * An annotated copy (our reference texts) marks the report with "# ---- BEGIN … ----" and
 * "# ---- END … ----" lines; only what lies between them is the report.
 */
final class LegacyText {

    private LegacyText() {
    }

    /** Reads the source file; an encoding problem is an {@link io.github.gongkai.diagnostic.InputError}. */
    static List<SourceLine> read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return lines(SourceText.read(absolute.getParent(), absolute).text());
    }

    /** The report's lines of {@code text}, blank lines included (they separate Markdown paragraphs). */
    static List<SourceLine> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        int from = 0;
        int to = raw.length;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].startsWith("# ---- BEGIN")) {
                from = i + 1;
            } else if (raw[i].startsWith("# ---- END") && i >= from) {
                to = i;
                break;
            }
        }
        List<SourceLine> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(new SourceLine(i + 1, LabelText.strip(raw[i])));
        }
        return lines;
    }
}
