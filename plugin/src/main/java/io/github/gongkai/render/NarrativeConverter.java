package io.github.gongkai.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
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
    private final boolean sanitize;
    private final Parser markdownParser;
    private final HtmlRenderer markdownRenderer;
    private final ThreadLocal<SourceLocation> converting = new ThreadLocal<>();
    private Asciidoctor asciidoctor;

    /**
     * @param projectDir the site project; AsciiDoc cannot read files outside it
     * @param log        where AsciiDoc warnings go, with file and line
     */
    public NarrativeConverter(File projectDir, BuildLog log) {
        this(projectDir, log, true);
    }

    /**
     * @param projectDir the site project; AsciiDoc cannot read files outside it
     * @param log        where AsciiDoc warnings go, with file and line
     * @param sanitize   false only when the site explicitly opted out: raw HTML in narratives is
     *                   then published as written, scripts included
     */
    public NarrativeConverter(File projectDir, BuildLog log, boolean sanitize) {
        this.log = log;
        this.projectDir = projectDir;
        this.sanitize = sanitize;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // Raw HTML in Markdown is shown as text; AsciiDoc passthroughs are left to the sanitizer.
        options.set(HtmlRenderer.ESCAPE_HTML, sanitize);
        this.markdownParser = Parser.builder(options).build();
        this.markdownRenderer = HtmlRenderer.builder(options).build();
    }

    /** The narrative's body as a sanitized HTML fragment, without its document title. */
    public String toHtml(Narrative narrative) {
        try {
            String html = switch (narrative.language()) {
                case MARKDOWN -> markdownRenderer.render(markdownParser.parse(narrative.body()));
                case ASCIIDOC -> asciidoc(narrative);
            };
            return sanitize ? NarrativeSanitizer.clean(html) : html;
        } catch (StackOverflowError e) {
            // The engines recurse once per level of nesting; thousands of nested quotes or lists exhaust the stack.
            throw new InputError(narrative.source(), "正文的嵌套层次过深（成百上千层的引用、列表或括号），无法转换；请检查文件"
                    + "是否损坏 / the narrative is nested too deeply to convert");
        }
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
            asciidoctor.javaExtensionRegistry().includeProcessor(new IncludeGuard(projectDir.toPath(), (target, line) ->
                    log.warn(where(line) + ": include::" + target + "[] 指向站点项目之外，未读取 / an include outside the "
                            + "site project was not read")));
        }
        return asciidoctor;
    }

    private void report(LogRecord record) {
        int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
        String message = where(line) + ": AsciiDoc " + record.getSeverity() + ": " + record.getMessage();
        if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
            log.warn(message);
        } else {
            log.info(message);
        }
    }

    private String where(int line) {
        SourceLocation file = converting.get();
        return file == null ? "AsciiDoc" : file.atLine(line).toString();
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
