package io.github.gongkai.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.File;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Converts narratives to HTML with JBake 2.7's engines: AsciidoctorJ for AsciiDoc, flexmark for
 * Markdown. One Asciidoctor instance serves the whole build, started only when the first
 * AsciiDoc narrative needs it (its JRuby start-up costs seconds).
 */
public final class NarrativeConverter implements AutoCloseable {

    private final BuildLog log;
    private final File projectDir;
    private final Parser markdownParser;
    private final HtmlRenderer markdownRenderer;
    private final ThreadLocal<SourceLocation> converting = new ThreadLocal<>();
    private Asciidoctor asciidoctor;

    /**
     * @param projectDir the site project; AsciiDoc cannot read files outside it
     * @param log        where AsciiDoc warnings go, with file and line
     */
    public NarrativeConverter(File projectDir, BuildLog log) {
        this.log = log;
        this.projectDir = projectDir;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // Raw HTML in Markdown is shown as text; AsciiDoc passthroughs are left to the sanitizer.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        this.markdownParser = Parser.builder(options).build();
        this.markdownRenderer = HtmlRenderer.builder(options).build();
    }

    /** The narrative's body as a sanitized HTML fragment, without its document title. */
    public String toHtml(Narrative narrative) {
        String html = switch (narrative.language()) {
            case MARKDOWN -> markdownRenderer.render(markdownParser.parse(narrative.body()));
            case ASCIIDOC -> asciidoc(narrative);
        };
        return NarrativeSanitizer.clean(html);
    }

    private String asciidoc(Narrative narrative) {
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .standalone(false)
                .baseDir(projectDir)
                .attributes(Attributes.builder()
                        .showTitle(false)
                        .attribute("attribute-missing", "warn")
                        .build())
                .build();
        converting.set(narrative.source());
        try {
            return engine().convert(narrative.body(), options);
        } finally {
            converting.remove();
        }
    }

    private synchronized Asciidoctor engine() {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
            asciidoctor.registerLogHandler(this::report);
            asciidoctor.javaExtensionRegistry().blockMacro(new TableMacro());
        }
        return asciidoctor;
    }

    private void report(LogRecord record) {
        SourceLocation file = converting.get();
        int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
        String where = file == null ? "AsciiDoc" : file.atLine(line).toString();
        String message = where + ": AsciiDoc " + record.getSeverity() + ": " + record.getMessage();
        if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
            log.warn(message);
        } else {
            log.info(message);
        }
    }

    /** Stops the AsciiDoc engine if it was started. */
    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.shutdown();
            asciidoctor = null;
        }
    }
}
