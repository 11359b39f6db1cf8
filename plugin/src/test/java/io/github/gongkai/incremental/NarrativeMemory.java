package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.validate.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For tests: a {@link Memory} made of one mechanism (converted narratives, reports read, or report
 * files kept) over one {@link Store}, the others remembering nothing, so that each can be tested
 * through the interface the pipeline uses.
 *
 * @param store where the mechanisms keep their entries
 * @param cache converted narratives, or null
 * @param reports reports as read and checked, or null
 * @param reuse report files and list pages kept, or null
 */
public record NarrativeMemory(Store store, NarrativeCache cache, ReportStore reports, ReportReuse reuse) implements Memory {

    /** The narratives in the cache folder {@code cache}, keyed by their text: no file examined. */
    public static Memory open(Path cache, Path project, boolean sanitize) {
        Store store = ContentStore.open(cache);
        return new NarrativeMemory(store, NarrativeCache.in(store, project, sanitize, NarrativeFiles.NONE), null, null);
    }

    /** The narratives in {@code cache}, with the project's files examined as a build examines them. */
    public static Memory examined(Path cache, Path project, boolean sanitize) {
        SiteFingerprint.Inputs inputs = SiteFingerprint.inputs(project, List.of(project.resolve("target")), Map.of(), 0);
        Store store = ContentStore.open(cache);
        return new NarrativeMemory(store, NarrativeCache.in(store, project, sanitize,
                new ExaminedFiles(project, inputs)), null, null);
    }

    @Override
    public Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        return cache == null ? Optional.empty() : cache.converted(narrative, withHtml);
    }

    @Override
    public boolean converted(Narrative narrative, ConvertedNarrative converted) {
        return cache != null && cache.put(narrative, converted);
    }

    @Override
    public Optional<Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        return reports == null ? Optional.empty() : reports.recall(year, id, bodies);
    }

    @Override
    public void read(AnnualReport report, List<String> warnings) {
        if (reports != null) {
            reports.read(report, warnings);
        }
    }

    @Override
    public List<Finding> findings(AnnualReport report) {
        return reports == null ? Memory.super.findings(report) : reports.findings(report);
    }

    @Override
    public Optional<ReportFiles> keptReport(List<AnnualReport> ordered, int i) {
        return reuse == null ? Optional.empty() : reuse.keyOf(ordered, i).flatMap(reuse::earlier);
    }

    @Override
    public void wroteReport(List<AnnualReport> ordered, int i, ReportFiles files) {
        if (reuse != null) {
            reuse.keyOf(ordered, i).ifPresent(k -> reuse.wrote(k, files,
                    ordered.subList(Math.max(0, i - 1), Math.min(ordered.size(), i + 2))));
        }
    }

    @Override
    public boolean keepsPage(String path, String template, Object madeOf) {
        return reuse != null && reuse.keepsPage(path, template, madeOf);
    }

    @Override
    public void save() {
        if (reports != null) {
            reports.save();
        }
        if (reuse != null) {
            reuse.save();
        }
        store.commit(key -> switch (key.kind()) {
            case NARRATIVE -> cache != null && cache.keeps(key);
            case READ -> reports != null && reports.keeps(key);
            case PAGE -> reuse != null && reuse.keeps(key);
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
