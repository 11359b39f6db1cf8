package io.github.gongkai.pipeline;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.incremental.Forget;
import io.github.gongkai.incremental.Memory;
import io.github.gongkai.output.BuildLock;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.output.SiteSnapshot;
import io.github.gongkai.render.LastRender;
import io.github.gongkai.render.NarrativeConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 预览构建: the successive builds of one site project in one JVM, as {@code mvn site:serve} makes
 * them. Each build is the same load → validate → render as {@code site:generate}'s, but the
 * website goes into a {@link SiteSnapshot} in memory instead of a folder, the narrative converter
 * (and JRuby in it) stays started, and what the last build read, converted and rendered stays in
 * memory, so an edit costs about what it touches. The check report is written beside the output
 * folder, as site:generate writes it; a rebuild shows only the warnings that are new. Not for use
 * by several threads at once.
 */
public final class LiveSite implements AutoCloseable {

    private final SiteGenerator generator;
    private final Path projectDir;
    private final Path outputDir;
    private final Memory.Live memories;
    private final BuildLog log;
    private final NarrativeConverter converter;
    /** The theme, the 全县汇总 and the search index of the last build, taken again where nothing they are made of changed. */
    private final SiteGenerator.Reused reused;
    private SiteSnapshot last = SiteSnapshot.EMPTY;
    /** The warnings already shown: a rebuild shows only the new ones, and how many stayed. */
    private Set<String> shown = Set.of();

    /**
     * @param memories the memory of each build, given the files of the site the last successful build made
     */
    LiveSite(SiteGenerator generator, Path projectDir, Path outputDir, Memory.Live memories,
            BuildLog log, boolean sanitize) {
        this.generator = generator;
        this.projectDir = projectDir;
        this.outputDir = outputDir;
        this.memories = memories;
        this.log = log;
        this.converter = new NarrativeConverter(projectDir.toFile(), log, sanitize);
        LiveTheme theme = new LiveTheme();
        LastRender rendered = new LastRender();
        this.reused = new SiteGenerator.Reused(choice -> theme.load(choice, generator.themes(), projectDir),
                () -> Forget.off("rendered") ? new LastRender() : rendered);
    }

    /**
     * Builds the site again. On failure (an {@link io.github.gongkai.diagnostic.InputError} and the
     * like) the exception is thrown and the last website stays what {@link #site} gives.
     *
     * @return the new website
     */
    public SiteSnapshot build() {
        return build(Optional.empty());
    }

    /**
     * Builds the site again, examining only the inputs a watcher saw change (see {@link Memory.Live#next}).
     *
     * @param changed the inputs (absolute paths) that changed since the last build; empty: unknown
     * @return the new website
     */
    public SiteSnapshot build(Optional<Set<Path>> changed) {
        long start = System.nanoTime();
        OutputFolders.checkBuild(projectDir, outputDir, null);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        BuildLog quiet = BuildLog.of(log::info, warnings::add);
        boolean built = false;
        // The check report beside the output folder is shared with site:generate.
        try (BuildLock lock = BuildLock.of(outputDir, log);
                Memory memory = memories.next(last.paths(), changed)) {
            SiteSnapshot.Builder next = last.next();
            SiteGenerator.Made made = generator.make(projectDir, outputDir, memory, converter, next, quiet, start,
                    reused);
            SiteSnapshot site = next.build();
            memory.save();
            last = site;
            built = true;
            log.info(made.summary(site.paths().size(), memory.kept(), System.nanoTime()).toString());
            return site;
        } finally {
            show(List.copyOf(warnings), built);
        }
    }

    /**
     * Shows the warnings the last build did not give; a preview of 1,000 reports may have hundreds,
     * and the check report lists them all.
     */
    private void show(List<String> warnings, boolean built) {
        int again = 0;
        for (String warning : warnings) {
            if (shown.contains(warning)) {
                again++;
            } else {
                log.warn(warning);
            }
        }
        if (again > 0) {
            log.info("另有 " + again + " 条提示与上次生成相同，不再重复（全部见核对报告） / " + again
                    + " warnings as before, not repeated (the check report lists them all)");
        }
        Set<String> now = new HashSet<>(warnings);
        if (!built) {
            now.addAll(shown); // a failed build: what was shown before still holds for the site served
        }
        shown = Set.copyOf(now);
    }

    /** The website the last successful build made ({@link SiteSnapshot#EMPTY} before the first). */
    public SiteSnapshot site() {
        return last;
    }

    /** Stops the converter (JRuby). */
    @Override
    public void close() {
        converter.close();
    }
}
