package io.github.gongkai.build;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.Progress;
import io.github.gongkai.output.SiteAssets;
import io.github.gongkai.output.SiteOutput;
import io.github.gongkai.render.NarrativeBatch;
import io.github.gongkai.render.NarrativeCache;
import io.github.gongkai.render.NarrativeConverter;
import io.github.gongkai.render.SiteRenderer;
import io.github.gongkai.render.Theme;
import io.github.gongkai.validate.SiteValidator;
import java.nio.file.Path;
import java.util.Set;
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
     * {@code cacheDir} (none if null) so that the next build converts only what changed.
     *
     * @return what was built
     */
    public BuildSummary generate(Path projectDir, Path outputDir, Path cacheDir) {
        long start = System.nanoTime();
        SiteContent content = new SiteLoader(projectDir, log).load();
        SiteValidator.validate(content, validationReport(outputDir), log);
        long loaded = System.nanoTime();
        Theme theme = Theme.load(content.config().theme(), themes, projectDir);
        if (!sanitize) {
            log.warn("正文 HTML 未经过滤就发布（gongkai.sanitize=false）：正文中的脚本、iframe、事件属性都会出现在网页上 / "
                    + "narrative HTML is published unsanitized");
        }
        NarrativeCache cache = cacheDir == null ? NarrativeCache.none()
                : NarrativeCache.open(cacheDir, projectDir, sanitize);
        try (NarrativeConverter converter = new NarrativeConverter(projectDir.toFile(), log, sanitize);
                SiteOutput output = SiteOutput.begin(outputDir)) {
            NarrativeBatch narratives = NarrativeBatch.convert(
                    content.reports().stream().flatMap(report -> report.narrative().stream()).toList(), converter, cache,
                    Runtime.getRuntime().availableProcessors(), log);
            long converted = System.nanoTime();
            Set<String> reportPages = content.reports().stream().map(SitePaths::report).collect(Collectors.toSet());
            Progress pages = new Progress(log, "页面渲染 / rendering report pages", reportPages.size());
            new SiteRenderer(theme, narratives).render(content, page -> {
                output.write(page.path(), page.content());
                if (reportPages.contains(page.path())) {
                    pages.step();
                }
            });
            SiteAssets.copy(projectDir, output);
            long rendered = System.nanoTime();
            output.commit();
            cache.prune();
            long written = System.nanoTime();
            BuildSummary summary = new BuildSummary(content.reports().size(), output.fileCount(),
                    narratives.converted(), narratives.fromCache(), millis(start, loaded), millis(loaded, converted),
                    millis(converted, rendered), millis(rendered, written));
            log.info(summary.toString());
            return summary;
        }
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
