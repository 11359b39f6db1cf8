package io.github.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The Nu Html Checker (vnu, the validator behind validator.w3.org/nu), run in this JVM. */
public final class HtmlChecker {

    /**
     * What the checker said about one file.
     *
     * @param errors   error lines (GNU format: file:line.column: error: message)
     * @param warnings warnings and other information lines
     */
    public record Result(List<String> errors, List<String> warnings) {
    }

    private HtmlChecker() {
    }

    /** Checks one HTML file. */
    public static Result check(Path html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String output;
        try {
            output = validator.validate(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("vnu could not check " + html, e);
        }
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return new Result(
                lines.stream().filter(l -> l.contains(": error:") || l.contains(": fatal")).toList(),
                lines.stream().filter(l -> !l.contains(": error:") && !l.contains(": fatal")).toList());
    }
}
