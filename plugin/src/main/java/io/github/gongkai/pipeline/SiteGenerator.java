package io.github.gongkai.pipeline;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.content.EarlierReports;
import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.Progress;
import io.github.gongkai.output.BuildLock;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.output.SiteAssets;
import io.github.gongkai.output.SiteOutput;
import io.github.gongkai.render.NarrativeBatch;
import io.github.gongkai.render.NarrativeCache;
import io.github.gongkai.render.NarrativeConverter;
import io.github.gongkai.render.ReportReuse;
import io.github.gongkai.render.SiteRenderer;
import io.github.gongkai.render.Theme;
import io.github.gongkai.validate.ReportValidator;
import io.github.gongkai.validate.SiteValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
     * Builds the site of {@code projectDir} into {@code outputDir}, keeping converted narratives in
     * {@code cacheDir} (none if null) so that the next build converts only what changed, and a
     * record of the build there, so that the next build keeps the website as it is when nothing
     * it is made from changed.
     *
     * @return what was built
     */
    public BuildSummary generate(Path projectDir, Path outputDir, Path cacheDir) {
        long start = System.nanoTime();
        OutputFolders.checkBuild(projectDir, outputDir, cacheDir);
        try (BuildLock lock = BuildLock.of(outputDir, log)) {
            // Checked again under the lock: the build that held it may have changed the folders.
            OutputFolders.checkBuild(projectDir, outputDir, cacheDir);
            return generateLocked(projectDir, outputDir, cacheDir, start);
        }
    }

    private BuildSummary generateLocked(Path projectDir, Path outputDir, Path cacheDir, long start) {
        if (cacheDir == null) {
            return build(projectDir, outputDir, NarrativeCache.none(), ReportReuse.none(), null, List.of(), null, log,
                    start).summary();
        }
        OutputFolders.markCache(cacheDir);
        Path report = validationReport(outputDir);
        // The website is examined on another core while the input is.
        CompletableFuture<SiteFingerprint.Written> written = CompletableFuture.supplyAsync(
                () -> SiteFingerprint.output(outputDir, report));
        Optional<BuildRecord> last = BuildRecord.read(cacheDir);
        SiteFingerprint.Inputs inputs = inputs(projectDir, outputDir, cacheDir, last);
        String settings = settings(projectDir, outputDir);
        String key = SiteFingerprint.of("inputs " + inputs.digest() + "\n" + settings);
        // The website in place is the last build's, untouched: what did not change in it can stay.
        SiteFingerprint.Written earlier = written.join();
        boolean intact = inputs.complete() && last.isPresent() && last.get().output().equals(earlier.digest());
        Path checkReport = SiteValidator.checkReport(report);
        if (intact && last.get().key().equals(key) && Files.isRegularFile(checkReport)) {
            last.get().warnings().forEach(log::warn);
            log.info("核对报告（供审核签发，不随网站发布）：" + checkReport + " / check report");
            BuildSummary kept = BuildSummary.kept(last.get().reports(), last.get().files(),
                    millis(start, System.nanoTime()));
            log.info(kept.toString());
            return kept;
        }
        BuildRecord.forget(cacheDir);
        ReportKeys pageKeys = ReportKeys.of(inputs, settings);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Set<String> inPlace = intact ? earlier.files().keySet() : null;
        Built built;
        try (ReportReuse reuse = ReportReuse.in(cacheDir, pageKeys.shared(), pageKeys,
                rendered -> pageKeys.unchanged(rendered.year(), rendered.body().id(), projectDir),
                inPlace);
                ReportStore store = ReportStore.in(cacheDir, projectDir, ReportKeys.loading(inputs, settings));
                NarrativeCache cache = NarrativeCache.open(cacheDir, projectDir, sanitize,
                        new ExaminedFiles(projectDir, inputs))) {
            built = build(projectDir, outputDir, cache, reuse, store, changedAsciidoc(inputs, last),
                    inPlace, BuildLog.withWarningsTo(log, warnings::add), start);
        }
        // A site updated in place is examined where it changed; a new one whole.
        SiteFingerprint.Written now = built.inPlace()
                ? SiteFingerprint.output(earlier, outputDir, built.changed(), built.removed(), report)
                : SiteFingerprint.output(outputDir, report);
        if (!now.files().keySet().equals(built.paths())) {
            // Something else wrote into the site meanwhile: the record must not vouch for it.
            log.warn("网站目录 " + outputDir + " 在构建期间被其他程序改动，下次构建将重新生成全部页面"
                    + " / the site folder was changed by another program during the build");
            return built.summary();
        }
        Map<String, SiteFingerprint.InputFile> files = new LinkedHashMap<>();
        inputs.files().forEach(file -> files.put(file.path(), file));
        new BuildRecord(key, now.digest(), built.summary().reports(), built.summary().files(),
                inputs.hashedAt(), files, List.copyOf(warnings)).write(cacheDir);
        return built.summary();
    }

    /**
     * What a build did: its summary, and for a website updated in place the site paths of the
     * files it changed and removed.
     */
    private record Built(BuildSummary summary, boolean inPlace, Set<String> changed, Set<String> removed,
            Set<String> paths) {
    }

    /** The site project's files, less what builds write there; files unchanged since the last build are not read. */
    private SiteFingerprint.Inputs inputs(Path projectDir, Path outputDir, Path cacheDir, Optional<BuildRecord> last) {
        List<Path> written = List.of(outputDir, cacheDir, validationReport(outputDir),
                SiteValidator.checkReport(validationReport(outputDir)));
        return SiteFingerprint.inputs(projectDir, written, last.map(BuildRecord::inputs).orElse(Map.of()),
                last.map(BuildRecord::hashedAt).orElse(0L));
    }

    /** The AsciiDoc report files that are new or changed since the last build; all of them when there was none. */
    private static List<String> changedAsciidoc(SiteFingerprint.Inputs inputs, Optional<BuildRecord> last) {
        Map<String, SiteFingerprint.InputFile> before = last.map(BuildRecord::inputs).orElse(Map.of());
        return inputs.files().stream()
                .filter(file -> file.path().startsWith("reports/") && file.path().endsWith(".adoc"))
                .filter(file -> !before.containsKey(file.path()) || !before.get(file.path()).sha256().equals(file.sha256()))
                .map(SiteFingerprint.InputFile::path)
                .toList();
    }

    /** What the website depends on besides the site project's files: the code, the settings, the places. */
    private String settings(Path projectDir, Path outputDir) {
        return String.join("\n", "code " + SiteFingerprint.code(themes), "sanitize " + sanitize,
                "project " + projectDir.toAbsolutePath().normalize(), "output " + outputDir.toAbsolutePath().normalize());
    }

    /**
     * @param cache           narratives converted by earlier builds
     * @param store           what earlier builds read and found, null for none
     * @param changedAsciidoc AsciiDoc report files that may need converting: if one does, JRuby
     *                        starts at once, alongside the reading
     * @param inPlace         the files of the website in place, when it is exactly what the last
     *                        build wrote and may be updated where it changed; null to write it whole
     */
    private Built build(Path projectDir, Path outputDir, NarrativeCache cache, ReportReuse reuse, ReportStore store,
            List<String> changedAsciidoc, Set<String> inPlace, BuildLog log, long start) {
        try (NarrativeConverter converter = new NarrativeConverter(projectDir.toFile(), log, sanitize)) {
            EarlyAsciidoc.start(projectDir, changedAsciidoc, cache, converter);
            SiteContent content = new SiteLoader(projectDir, log, store == null ? EarlierReports.NONE : store).load();
            long read = System.nanoTime();
            SiteValidator.validate(content, validationReport(outputDir), log,
                    store == null ? ReportValidator::check : store.checker());
            long loaded = System.nanoTime();
            Theme theme = Theme.load(content.config().theme(), themes, projectDir);
            if (!sanitize) {
                log.warn("正文 HTML 未经过滤就发布（gongkai.sanitize=false）：正文中的脚本、iframe、事件属性都会出现在网页上 / "
                        + "narrative HTML is published unsanitized");
            }
            try (SiteOutput output = inPlace == null ? SiteOutput.begin(outputDir)
                    : SiteOutput.update(outputDir, inPlace)) {
                // The narratives are converted while this thread renders the pages that show none
                // (the column, years, bodies, feeds): JRuby's start-up leaves a core free meanwhile.
                CompletableFuture<NarrativeBatch> conversion = NarrativeBatch.start(
                        content.reports().stream().flatMap(report -> report.narrative().stream()).toList(), converter,
                        cache, Runtime.getRuntime().availableProcessors(), log);
                CompletableFuture<Long> convertedAt = conversion.thenApply(batch -> System.nanoTime());
                NarrativeBatch narratives = render(projectDir, content, theme, conversion, reuse, output, log);
                long converted = convertedAt.join();
                long rendered = System.nanoTime();
                output.commit();
                reuse.save();
                if (store != null) {
                    store.save();
                }
                cache.save();
                long written = System.nanoTime();
                BuildSummary summary = new BuildSummary(content.reports().size(), output.fileCount(),
                        narratives.converted(), narratives.fromCache(), reuse.kept(), reuse.keptListPages(), millis(start, read),
                        millis(read, loaded), millis(loaded, converted), millis(converted, rendered),
                        millis(rendered, written), false);
                log.info(summary.toString());
                return new Built(summary, output.updatesInPlace(), output.changed(), output.removed(), output.paths());
            }
        }
    }

    /**
     * Renders every page into {@code output}, keeping the unchanged report files, and copies the
     * site's assets; report pages wait for {@code conversion}.
     *
     * @return the converted narratives
     */
    private static NarrativeBatch render(Path projectDir, SiteContent content, Theme theme,
            CompletableFuture<NarrativeBatch> conversion, ReportReuse reuse, SiteOutput output, BuildLog log) {
        Set<String> reportPages = content.reports().stream().map(SitePaths::report).collect(Collectors.toSet());
        Progress pages = new Progress(log, "页面渲染 / rendering report pages", reportPages.size());
        try {
            new SiteRenderer(theme, narrative -> NarrativeBatch.await(conversion).toHtml(narrative), reuse)
                    .render(content, page -> {
                        if (page.isKept()) {
                            output.keep(page.path());
                        } else {
                            output.write(page.path(), page.content());
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
