package io.github.gongkai.incremental;

import io.github.gongkai.diagnostic.BuildLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 增量构建: everything a build may take from the one before it. The pipeline asks whether the last
 * build can stand ({@link #unchanged}), which of its files are in place, and saves and records
 * this one; each stage asks its own part: reading and checking ({@link LoadingMemory}), converting
 * ({@link ConversionMemory}), rendering ({@link PageMemory}). Every method has a "remember
 * nothing" default ({@link #NONE}): a build without a cache folder reads, checks, converts and
 * renders everything, and the site is the same byte for byte. {@link #open} gives the memory kept
 * in a cache folder, {@link #live} the preview's, kept in the heap.
 */
public interface Memory extends LoadingMemory, ConversionMemory, PageMemory, AutoCloseable {

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
        return SiteMemory.open(projectDir, outputDir, cacheDir, validationReport, SiteFingerprint.code(themes),
                sanitize, log);
    }

    /**
     * 预览: what successive builds of {@code projectDir} in one JVM ({@code mvn site:serve}) keep
     * of each other, in the heap (see {@link LiveMemory}). Until a build succeeded, what the cache
     * folder of site:generate holds is read too, never written: the first preview after a
     * generate converts nothing again.
     *
     * @param outputDir site:generate's website folder: the keys are those of its builds
     * @param cacheDir  site:generate's cache folder, read only; null: none
     * @param themes    where the plugin and the themes are loaded from: their code is part of every key
     * @param sanitize  whether narratives are sanitized: part of every key
     */
    static Live live(Path projectDir, Path outputDir, Path cacheDir, ClassLoader themes, boolean sanitize) {
        return new LiveMemory(projectDir, outputDir, cacheDir, SiteFingerprint.code(themes), sanitize);
    }

    /** The live preview's memory, across its builds. */
    interface Live {

        /**
         * The memory for the next build, every input examined.
         *
         * @param sitePaths the files of the website the last successful build made, as the preview
         *                  holds it (their pages may be kept); empty for the first build
         */
        default Memory next(Set<String> sitePaths) {
            return next(sitePaths, Optional.empty());
        }

        /**
         * The memory for the next build.
         *
         * @param sitePaths the files of the website the last successful build made, as the preview
         *                  holds it (their pages may be kept); empty for the first build
         * @param changed   the inputs (absolute paths) a watcher saw change since the last call, of
         *                  which only these need be examined again; empty: unknown, every input is
         */
        Memory next(Set<String> sitePaths, Optional<Set<Path>> changed);
    }

    /** The last build, when nothing the website is made of changed since and it is in place untouched. */
    default Optional<LastBuild> unchanged() {
        return Optional.empty();
    }

    /** The files (site paths) of the website in place when it is exactly what the last build wrote: these may be kept. */
    default Optional<Set<String>> siteInPlace() {
        return Optional.empty();
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
