package io.github.gongkai.render;

import io.github.gongkai.data.ConvertedNarrative;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.File;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CompletableFuture;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Converts narratives to HTML with JBake 2.7's engines: AsciidoctorJ for AsciiDoc, flexmark for
 * Markdown. One Asciidoctor instance serves the whole build, started only when an AsciiDoc
 * narrative needs it, on a thread of its own (its JRuby start-up costs seconds, which the build
 * spends on other work when it can tell early that one will). Safe to call from several
 * threads at once: Asciidoctor is thread-safe (AsciidoctorJ's "Ruby Runtime" documentation), and
 * flexmark's parser and renderer are immutable once built.
 */
public final class NarrativeConverter implements NarrativeHtml, AutoCloseable {

    /** Far above any real narrative (well under a second each), far below a hang. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final ExecutorService TIMED = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "gongkai-convert");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeLimit;
    private final BuildLog log;
    private final File projectDir;
    private final boolean sanitize;
    /** flexmark's parser and renderer, built on first use: a rebuild whose narratives are all cached needs neither. */
    private volatile Markdown markdown;
    /** AsciidoctorJ's java.util.logging logger, held so that its setting is not collected with it. */
    private static final java.util.logging.Logger ASCIIDOCTOR_LOGGER = java.util.logging.Logger.getLogger("asciidoctor");

    /** The conversion under way on this thread: Asciidoctor calls the log handler on the converting thread. */
    private final ThreadLocal<Capture> converting = new ThreadLocal<>();
    /** The AsciiDoc engine, once started; null before. */
    private CompletableFuture<Asciidoctor> asciidoctor;

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
        this(projectDir, log, sanitize, TIME_LIMIT);
    }

    NarrativeConverter(File projectDir, BuildLog log, boolean sanitize, Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.log = log;
        this.projectDir = projectDir;
        this.sanitize = sanitize;
    }

    private record Markdown(Parser parser, HtmlRenderer renderer) {

        static Markdown of(boolean sanitize) {
            MutableDataSet options = new MutableDataSet();
            options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
            // Raw HTML in Markdown is shown as text; AsciiDoc passthroughs are left to the sanitizer.
            options.set(HtmlRenderer.ESCAPE_HTML, sanitize);
            return new Markdown(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
        }

        String toHtml(String text) {
            return renderer.render(parser.parse(text));
        }
    }

    private Markdown markdown() {
        Markdown engine = markdown;
        if (engine == null) {
            synchronized (this) {
                if (markdown == null) {
                    markdown = Markdown.of(sanitize);
                }
                engine = markdown;
            }
        }
        return engine;
    }

    /** The narrative's body as a sanitized HTML fragment, without its document title; messages go to the log. */
    @Override
    public String toHtml(Narrative narrative) {
        ConvertedNarrative converted = convert(narrative);
        converted.replay(log);
        return converted.html();
    }

    /** Converts {@code narrative}, keeping the converter's messages about it instead of logging them. */
    public ConvertedNarrative convert(Narrative narrative) {
        // On a thread of its own, so that a narrative whose markup takes the engines quadratic
        // time (thousands of unclosed *_# marks) stops the build with its name instead of hanging it.
        if (narrative.language() == MarkupLanguage.ASCIIDOC) {
            engine(); // JRuby's start-up (seconds, more on a busy machine) is not the narrative's time
        }
        Future<ConvertedNarrative> running = TIMED.submit(() -> convertHere(narrative));
        try {
            return running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new InputError(narrative.source(), "正文转换超过 " + timeLimit.toSeconds() + " 秒仍未完成（正常的年报不到 1 秒），"
                    + "可能含有大量未配对的 * _ # 等标记或其他异常内容，请检查该文件 / the narrative took too long to convert");
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ConvertedNarrative convertHere(Narrative narrative) {
        Capture capture = new Capture(narrative.source(), new ArrayList<>(), new IncludeGuard.Budget());
        converting.set(capture);
        try {
            String html = switch (narrative.language()) {
                case MARKDOWN -> markdown().toHtml(narrative.body());
                case ASCIIDOC -> asciidoc(narrative);
            };
            capture.includes().exceeded().ifPresent(bound -> {
                throw new InputError(narrative.source(), "正文通过 include:: 引入的内容超过上限（" + bound
                        + "），可能是相互引用的文件层层展开；请检查 include:: 指令 / the includes expand beyond " + bound);
            });
            return new ConvertedNarrative(sanitize ? NarrativeSanitizer.clean(html) : html,
                    List.copyOf(capture.messages()));
        } catch (StackOverflowError e) {
            // The engines recurse once per level of nesting; thousands of nested quotes or lists exhaust the stack.
            throw new InputError(narrative.source(), "正文的嵌套层次过深（成百上千层的引用、列表或括号），无法转换；请检查文件"
                    + "是否损坏 / the narrative is nested too deeply to convert");
        } finally {
            converting.remove();
        }
    }

    /**
     * Starts the AsciiDoc engine on a thread of its own, unless it is started already, and returns
     * at once: JRuby's start-up takes seconds, which other work can use. A conversion waits for it.
     */
    public synchronized void startAsciidoc() {
        if (asciidoctor == null) {
            asciidoctor = CompletableFuture.supplyAsync(this::createEngine, Workers.thread("gongkai-asciidoctor"));
        }
    }

    private String asciidoc(Narrative narrative) {
        return engine().convert(narrative.body(), asciidocOptions());
    }

    private Options asciidocOptions() {
        return Options.builder()
                .safe(SafeMode.SERVER)
                .standalone(false)
                .baseDir(projectDir)
                .attributes(Attributes.builder()
                        .showTitle(false)
                        .attribute("attribute-missing", "warn")
                        .build())
                .build();
    }

    private Asciidoctor engine() {
        startAsciidoc();
        CompletableFuture<Asciidoctor> started;
        synchronized (this) {
            started = asciidoctor;
        }
        return Workers.await(started);
    }

    private Asciidoctor createEngine() {
        Asciidoctor engine = Asciidoctor.Factory.create();
        engine.registerLogHandler(this::report);
        // AsciidoctorJ also prints each message through java.util.logging, in English and without
        // the file: the handler above reports it with the narrative's file and line instead.
        ASCIIDOCTOR_LOGGER.setUseParentHandlers(false);
        engine.javaExtensionRegistry().blockMacro(new TableMacro());
        engine.javaExtensionRegistry().includeProcessor(new IncludeGuard(projectDir.toPath(), (target, line) ->
                note(true, where(line) + ": include::" + target + "[] 指向站点项目之外，未读取 / an include outside the "
                        + "site project was not read"),
                () -> {
                    Capture capture = converting.get();
                    return capture == null ? new IncludeGuard.Budget() : capture.includes();
                }));
        // The first conversion defines AsciidoctorJ's extension classes in JRuby; done here, on
        // one thread, so that two threads defining them at once do not print JRuby warnings.
        engine.convert("", asciidocOptions());
        return engine;
    }

    private void report(LogRecord record) {
        int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
        note(record.getSeverity().ordinal() >= Severity.WARN.ordinal(),
                where(line) + ": AsciiDoc " + record.getSeverity() + ": " + record.getMessage());
    }

    /** A message about the narrative being converted on this thread, kept with it; else logged now. */
    private void note(boolean warning, String message) {
        Capture capture = converting.get();
        if (capture != null) {
            capture.messages().add(new ConvertedNarrative.Message(warning, message));
        } else if (warning) {
            log.warn(message);
        } else {
            log.info(message);
        }
    }

    private String where(int line) {
        Capture capture = converting.get();
        return capture == null ? "AsciiDoc" : capture.file().atLine(line).toString();
    }

    private record Capture(SourceLocation file, List<ConvertedNarrative.Message> messages, IncludeGuard.Budget includes) {
    }

    /**
     * Stops the AsciiDoc engine if it was started; one still starting (a build that failed before
     * it was needed) is stopped when it is up, without waiting for it.
     */
    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.thenAccept(Asciidoctor::shutdown);
            asciidoctor = null;
        }
    }
}
