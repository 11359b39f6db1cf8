package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.validate.Finding;
import io.github.gongkai.validate.ReportValidator;
import io.github.gongkai.diagnostic.BuildLog;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 增量构建: everything a build may take from the one before it, as the pipeline and the core
 * packages ask for it. Every method has a "remember nothing" default ({@link #NONE}): a build
 * without a cache folder reads, checks, converts and renders everything, and the site is the
 * same byte for byte. {@link #open} gives the memory kept in a cache folder.
 */
public interface Memory extends AutoCloseable {

    /** Remembers nothing: every report read, checked, converted and rendered. */
    Memory NONE = new Memory() {
    };

    /**
     * The memory kept in {@code cacheDir} of the builds of {@code projectDir} into {@code outputDir}
     * (see {@link SiteMemory}).
     *
     * @param validationReport the build's validation report, beside the website
     * @param themes           where the plugin and the themes are loaded from: their code is part of every key
     * @param sanitize         whether narratives are sanitized: part of every key
     * @param log              where a site folder changed during the build is reported
     */
    static Memory open(Path projectDir, Path outputDir, Path cacheDir, Path validationReport, ClassLoader themes,
            boolean sanitize, BuildLog log) {
        return new SiteMemory(projectDir, outputDir, cacheDir, validationReport, SiteFingerprint.code(themes),
                sanitize, log);
    }

    /**
     * 预览: what successive builds of {@code projectDir} in one JVM ({@code mvn site:serve}) keep
     * of each other, in the heap (see {@link LiveMemory}).
     *
     * @param themes   where the plugin and the themes are loaded from: their code is part of every key
     * @param sanitize whether narratives are sanitized: part of every key
     * @param log      where the preview's builds report
     */
    static LiveMemory live(Path projectDir, ClassLoader themes, boolean sanitize, BuildLog log) {
        return new LiveMemory(projectDir, SiteFingerprint.code(themes), sanitize);
    }

    /** The last build, when nothing the website is made of changed since and it is in place untouched. */
    default Optional<LastBuild> unchanged() {
        return Optional.empty();
    }

    /** The files (site paths) of the website in place when it is exactly what the last build wrote: these may be kept. */
    default Optional<Set<String>> siteInPlace() {
        return Optional.empty();
    }

    /** The report of body {@code id} for {@code year} as an earlier build read it from the same files. */
    default Optional<Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        return Optional.empty();
    }

    /** A report this build read from its files, with the warnings its reading gave. */
    default void read(AnnualReport report, List<String> warnings) {
    }

    /** The report's own findings (B1–B7, C1, P1, A4): kept for unchanged files, else found now. */
    default List<Finding> findings(AnnualReport report) {
        return ReportValidator.check(report);
    }

    /** {@code narrative} as an earlier build converted it; with its messages only unless {@code withHtml}. */
    default Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        return Optional.empty();
    }

    /** Remembers {@code converted}, this build's conversion of {@code narrative}; whether it was kept. */
    default boolean converted(Narrative narrative, ConvertedNarrative converted) {
        return false;
    }

    /** The files of the report at {@code i} of the column as the last build wrote them, if they may stay. */
    default Optional<ReportFiles> keptReport(List<AnnualReport> ordered, int i) {
        return Optional.empty();
    }

    /** Remembers what this build wrote for the report at {@code i} of the column. */
    default void wroteReport(List<AnnualReport> ordered, int i, ReportFiles files) {
    }

    /**
     * Whether the list page at {@code path}, made from {@code madeOf} with {@code template}, is the
     * last build's and may stay; when not, it is remembered as this build will write it.
     */
    default boolean keepsPage(String path, String template, Object madeOf) {
        return false;
    }

    /** How many reports' files and list pages were kept. */
    default Kept kept() {
        return new Kept(0, 0);
    }

    /** Saves what this build made. Call once the new website is in place. */
    default void save() {
    }

    /** Records the website now in place and what it was made from, so that the next build may skip. */
    default void remember(Outcome outcome) {
    }

    @Override
    default void close() {
    }

    /**
     * The last build as the build record keeps it.
     *
     * @param reports  how many reports it built
     * @param files    how many files it wrote
     * @param warnings the warnings it gave, to be given again
     */
    record LastBuild(int reports, int files, List<String> warnings) {
    }

    /**
     * A report read by an earlier build.
     *
     * @param report   the report
     * @param warnings the warnings its reading gave
     */
    record Recalled(AnnualReport report, List<String> warnings) {
    }

    /**
     * One report's files.
     *
     * @param files       the site paths of its page and open data
     * @param searchEntry its entry in the search index, as {@link io.github.gongkai.search.SearchIndex#encode} wrote it
     */
    record ReportFiles(List<String> files, byte[] searchEntry) implements Serializable {
    }

    /**
     * What a build kept of the last one.
     *
     * @param reports   reports whose files were kept
     * @param listPages list pages kept
     */
    record Kept(int reports, int listPages) {
    }

    /**
     * What a finished build wrote.
     *
     * @param reports  how many reports
     * @param files    how many files
     * @param inPlace  whether it updated the website in place (else wrote it whole)
     * @param changed  the site paths it changed, when in place
     * @param removed  the site paths it removed, when in place
     * @param paths    every site path it left
     * @param warnings the warnings it gave
     */
    record Outcome(int reports, int files, boolean inPlace, Set<String> changed, Set<String> removed,
            Set<String> paths, List<String> warnings) {
    }
}
