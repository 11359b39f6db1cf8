package io.github.gongkai.pipeline;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.Progress;
import io.github.gongkai.incremental.Memory;
import io.github.gongkai.output.BuildLock;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.output.SiteOutput;
import io.github.gongkai.output.SiteWriter;
import io.github.gongkai.render.LastRender;
import io.github.gongkai.render.NarrativeBatch;
import io.github.gongkai.render.NarrativeConverter;
import io.github.gongkai.render.RenderedPage;
import io.github.gongkai.render.SiteRenderer;
import io.github.gongkai.render.Theme;
import io.github.gongkai.validate.SiteValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The pipeline behind {@code mvn site:generate}: load → validate → render → write, knowing nothing of
 * Maven. Input problems surface as {@link io.github.gongkai.diagnostic.InputError}; the
 * previous output is replaced only after everything succeeded.
 */
public final class SiteGenerator {

    private final BuildLog log;
    private final ClassLoader themes;
    private final boolean sanitize;

    /**
     * @param log    where progress and warnings go
     * @param themes where theme jars are found (the plugin's class loader)
     */
    public SiteGenerator(BuildLog log, ClassLoader themes) {
        this(log, themes, true);
    }

    /**
     * @param log      where progress and warnings go
     * @param themes   where theme jars are found (the plugin's class loader)
     * @param sanitize false publishes the narratives' raw HTML unfiltered (an explicit opt-out)
     */
    public SiteGenerator(BuildLog log, ClassLoader themes, boolean sanitize) {
        this.log = log;
        this.themes = themes;
        this.sanitize = sanitize;
    }

    /**
     * Builds the site of {@code projectDir} into {@code outputDir}, converting every narrative.
     *
     * @return what was built
     */
    public BuildSummary generate(Path projectDir, Path outputDir) {
        return generate(projectDir, outputDir, null);
    }

    /**
     * Builds the site of {@code projectDir} into {@code outputDir}, keeping what the next build may
     * take from this one in {@code cacheDir} (nothing if null; see {@link Memory}).
     *
     * @return what was built
     */
    public BuildSummary generate(Path projectDir, Path outputDir, Path cacheDir) {
        long start = System.nanoTime();
        OutputFolders.checkBuild(projectDir, outputDir, cacheDir);
        try (BuildLock lock = BuildLock.of(outputDir, log)) {
            // Checked again under the lock: the build that held it may have changed the folders.
            OutputFolders.checkBuild(projectDir, outputDir, cacheDir);
            try (Memory memory = cacheDir == null ? Memory.NONE : Memory.open(projectDir, outputDir, cacheDir,
                    validationReport(outputDir), themes, sanitize, log)) {
                return generate(projectDir, outputDir, memory, start);
            }
        }
    }

    /**
     * The live preview's builds of {@code projectDir}: websites in memory, each taking from the
     * last what an edit did not touch; the check report goes beside {@code outputDir}, and what
     * site:generate keeps in {@code cacheDir} (may be null) is read, never written.
     */
    public LiveSite live(Path projectDir, Path outputDir, Path cacheDir) {
        return new LiveSite(this, projectDir, outputDir, Memory.live(projectDir, outputDir, cacheDir, themes, sanitize),
                log, sanitize);
    }

    private BuildSummary generate(Path projectDir, Path outputDir, Memory memory, long start) {
        Optional<Memory.LastBuild> unchanged = memory.unchanged();
        if (unchanged.isPresent()) {
            unchanged.get().warnings().forEach(log::warn);
            log.info("核对报告（供审核签发，不随网站发布）：" + SiteValidator.checkReport(validationReport(outputDir))
                    + " / check report");
            BuildSummary kept = BuildSummary.kept(unchanged.get().reports(), unchanged.get().files(),
                    millis(start, System.nanoTime()));
            log.info(kept.toString());
            return kept;
        }
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Built built = build(projectDir, outputDir, memory, BuildLog.withWarningsTo(log, warnings::add), start);
        memory.remember(new Memory.Outcome(built.summary().reports(), built.summary().files(), built.inPlace(),
                built.changed(), built.removed(), built.paths(), List.copyOf(warnings)));
        return built.summary();
    }

    /**
     * What a build did: its summary, and for a website updated in place the site paths of the
     * files it changed and removed.
     */
    private record Built(BuildSummary summary, boolean inPlace, Set<String> changed, Set<String> removed,
            Set<String> paths) {
    }

    /** Load → validate → render → write, taking from {@code memory} what the last build left unchanged. */
    private Built build(Path projectDir, Path outputDir, Memory memory, BuildLog log, long start) {
        try (NarrativeConverter converter = new NarrativeConverter(projectDir.toFile(), log, sanitize)) {
            Optional<Set<String>> inPlace = memory.siteInPlace();
            try (SiteOutput output = inPlace.isEmpty() ? SiteOutput.begin(outputDir)
                    : SiteOutput.update(outputDir, inPlace.get())) {
                Made made = make(projectDir, outputDir, memory, converter, output, log, start,
                        new Reused(choice -> Theme.load(choice, themes, projectDir), LastRender::new));
                output.commit();
                memory.save();
                BuildSummary summary = made.summary(output.fileCount(), memory.kept(), System.nanoTime());
                log.info(summary.toString());
                return new Built(summary, output.updatesInPlace(), output.changed(), output.removed(), output.paths());
            }
        }
    }

    /**
     * What a build takes from those before it in one JVM besides its {@link Memory}: the theme (with its
     * parsed templates), each year's 全县汇总 and the search index.
     *
     * @param themes the site's theme, given its choice in site.yaml
     * @param last   what the last build's rendering kept
     */
    record Reused(Function<ThemeChoice, Theme> themes, Supplier<LastRender> last) {
    }

    /** The theme jars' class loader: the live preview loads the theme through it. */
    ClassLoader themes() {
        return themes;
    }

    /**
     * Loads, checks and renders the site of {@code projectDir} into {@code output} with {@code converter},
     * taking from {@code memory} and {@code reused} what the last build left unchanged; the check report goes
     * beside {@code outputDir}. The caller then puts the site in place and saves the memory.
     */
    Made make(Path projectDir, Path outputDir, Memory memory, NarrativeConverter converter, SiteWriter output,
            BuildLog log, long start, Reused reused) {
        if (memory.likelyConvertsAsciidoc()) {
            converter.startAsciidoc(); // JRuby starts on a core of its own while the reports are read and checked
        }
        SiteContent content = new SiteLoader(projectDir, log, memory).load();
        long read = System.nanoTime();
        SiteValidator.validate(content, validationReport(outputDir), log, memory::findings);
        long checked = System.nanoTime();
        Theme theme = reused.themes().apply(content.config().theme());
        if (!sanitize) {
            log.warn("正文 HTML 未经过滤就发布（gongkai.sanitize=false）：正文中的脚本、iframe、事件属性都会出现在网页上 / "
                    + "narrative HTML is published unsanitized");
        }
        // The narratives are converted while this thread renders the pages that show none
        // (the column, years, bodies, feeds): JRuby's start-up leaves a core free meanwhile.
        CompletableFuture<NarrativeBatch> conversion = NarrativeBatch.start(
                content.reports().stream().flatMap(report -> report.narrative().stream()).toList(), converter,
                memory, Runtime.getRuntime().availableProcessors(), log);
        CompletableFuture<Long> convertedAt = conversion.thenApply(batch -> System.nanoTime());
        NarrativeBatch narratives = render(projectDir, content, theme, reused.last().get(), conversion, memory, output, log);
        return new Made(content.reports().size(), narratives, start, read, checked, convertedAt.join(),
                System.nanoTime());
    }

    /** What {@link #make} did, and when each stage ended (System.nanoTime). */
    record Made(int reports, NarrativeBatch narratives, long start, long read, long checked, long converted,
            long rendered) {

        /** The build's summary, once its {@code files} are in place at {@code written}. */
        BuildSummary summary(int files, Memory.Kept kept, long written) {
            return new BuildSummary(reports, files, narratives.converted(), narratives.fromCache(), kept.reports(),
                    kept.listPages(), millis(start, read), millis(read, checked), millis(checked, converted),
                    millis(converted, rendered), millis(rendered, written), false);
        }
    }

    /**
     * Renders every page into {@code output}, keeping the unchanged report files, and copies the
     * site's assets; report pages wait for {@code conversion}.
     *
     * @return the converted narratives
     */
    private static NarrativeBatch render(Path projectDir, SiteContent content, Theme theme, LastRender last,
            CompletableFuture<NarrativeBatch> conversion, Memory memory, SiteWriter output, BuildLog log) {
        Set<String> reportPages = content.reports().stream().map(SitePaths::report).collect(Collectors.toSet());
        Progress pages = new Progress(log, "页面渲染 / rendering report pages", reportPages.size());
        try {
            new SiteRenderer(theme, narrative -> NarrativeBatch.await(conversion).toHtml(narrative), memory, last)
                    .render(content, page -> {
                        if (page instanceof RenderedPage rendered) {
                            output.write(rendered.path(), rendered.content());
                        } else {
                            output.keep(page.path());
                        }
                        if (reportPages.contains(page.path())) {
                            pages.step();
                        }
                    });
        } catch (RuntimeException | Error e) {
            // A narrative's error is the one reported, as when every narrative was converted before
            // any page was rendered; and the converter is closed only once no conversion runs.
            NarrativeBatch.await(conversion);
            throw e;
        }
        SiteAssets.copy(projectDir, output);
        return NarrativeBatch.await(conversion);
    }

    /** The validation report sits beside the website, so it is never published with it. */
    private static Path validationReport(Path outputDir) {
        Path absolute = outputDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-validation.json");
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
