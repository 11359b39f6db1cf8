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
import java.util.Set;

/**
 * What one build takes from a {@link Store} and leaves in it, by the same keys on disk
 * ({@link SiteMemory}) and in the preview's heap ({@link LiveMemory}): converted narratives
 * ({@link NarrativeCache}), reports as read and checked ({@link ReportStore}) and the files of
 * reports and list pages that may stay ({@link ReportReuse}).
 */
class StoreMemory implements Memory {

    private final Store store;
    private final Set<String> earlierSite;
    private final ReportReuse reuse;
    private final ReportStore reports;
    private final NarrativeCache narratives;

    /**
     * @param projectDir  the site project
     * @param inputs      its files, as examined for this build
     * @param settings    the code and settings, as one fingerprint: part of every key
     * @param sanitize    whether narratives are sanitized
     * @param store       where the entries are
     * @param earlierSite the site paths of the website in place when it is exactly what the last
     *                    build wrote (its files may be kept), else null
     */
    StoreMemory(Path projectDir, SiteFingerprint.Inputs inputs, String settings, boolean sanitize, Store store,
            Set<String> earlierSite) {
        this.store = store;
        this.earlierSite = earlierSite;
        ReportKeys pageKeys = ReportKeys.of(inputs, settings);
        this.reuse = ReportReuse.in(store, pageKeys.shared(), pageKeys,
                rendered -> pageKeys.unchanged(rendered.year(), rendered.body().id(), projectDir), earlierSite);
        this.reports = ReportStore.in(store, projectDir, ReportKeys.loading(inputs, settings));
        this.narratives = NarrativeCache.in(store, projectDir, sanitize, new ExaminedFiles(projectDir, inputs));
    }

    /** The code and settings every key holds, as one text. */
    static String settings(String code, boolean sanitize, Path projectDir, String output) {
        return String.join("\n", "code " + code, "sanitize " + sanitize,
                "project " + projectDir.toAbsolutePath().normalize(), "output " + output);
    }

    @Override
    public Optional<Set<String>> siteInPlace() {
        return Optional.ofNullable(earlierSite);
    }

    @Override
    public Optional<Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        return reports.recall(year, id, bodies);
    }

    @Override
    public void read(AnnualReport report, List<String> warnings) {
        reports.read(report, warnings);
    }

    @Override
    public List<Finding> findings(AnnualReport report) {
        return reports.findings(report);
    }

    @Override
    public Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        return narratives.converted(narrative, withHtml);
    }

    @Override
    public boolean converted(Narrative narrative, ConvertedNarrative converted) {
        return narratives.put(narrative, converted);
    }

    @Override
    public Optional<ReportFiles> keptReport(List<AnnualReport> ordered, int i) {
        return reuse.keyOf(ordered, i).flatMap(reuse::earlier);
    }

    @Override
    public void wroteReport(List<AnnualReport> ordered, int i, ReportFiles files) {
        reuse.keyOf(ordered, i).ifPresent(k -> reuse.wrote(k, files,
                ordered.subList(Math.max(0, i - 1), Math.min(ordered.size(), i + 2))));
    }

    @Override
    public boolean keepsPage(String path, String template, Object madeOf) {
        return reuse.keepsPage(path, template, madeOf);
    }

    @Override
    public Kept kept() {
        return new Kept(reuse.kept(), reuse.keptListPages());
    }

    /** Stores this build's entries and keeps only those of the website now in place. */
    @Override
    public void save() {
        reuse.save();
        reports.save();
        store.commit(key -> switch (key.kind()) {
            case NARRATIVE -> narratives.keeps(key);
            case READ -> reports.keeps(key);
            case PAGE -> reuse.keeps(key);
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
