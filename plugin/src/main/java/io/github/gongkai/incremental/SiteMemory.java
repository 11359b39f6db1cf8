package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.validate.Finding;
import io.github.gongkai.validate.SiteValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The memory kept in a cache folder ({@code target/gongkai-cache/}): the build record (what the
 * website in place was made from, so that an unchanged site is not built at all) and the
 * {@link ContentStore} of what the {@link StoreMemory} mechanisms keep.
 */
final class SiteMemory implements Memory {

    private final Path outputDir;
    private final Path cacheDir;
    private final BuildLog log;
    private final Path report;
    private final SiteFingerprint.Inputs inputs;
    private final String key;
    private final Optional<BuildRecord> last;
    private final SiteFingerprint.Written earlier;
    private final boolean intact;
    /** The mechanisms over the cache folder's store; null when the site is kept whole. */
    private final StoreMemory store;

    SiteMemory(Path projectDir, Path outputDir, Path cacheDir, Path report, String code, boolean sanitize,
            BuildLog log) {
        this.outputDir = outputDir;
        this.cacheDir = cacheDir;
        this.log = log;
        OutputFolders.markCache(cacheDir);
        this.report = report;
        // The website is examined on another core while the input is.
        CompletableFuture<SiteFingerprint.Written> written = CompletableFuture.supplyAsync(
                () -> SiteFingerprint.output(outputDir, report));
        this.last = BuildRecord.read(cacheDir);
        List<Path> ours = List.of(outputDir, cacheDir, report, SiteValidator.checkReport(report));
        this.inputs = SiteFingerprint.inputs(projectDir, ours, Forget.off("hashes") ? Map.of()
                : last.map(BuildRecord::inputs).orElse(Map.of()), last.map(BuildRecord::hashedAt).orElse(0L));
        String settings = StoreMemory.settings(code, sanitize, projectDir, outputDir.toAbsolutePath().normalize()
                .toString());
        this.key = SiteFingerprint.of("inputs " + inputs.digest() + "\n" + settings);
        this.earlier = written.join();
        // The website in place is the last build's, untouched: what did not change in it can stay.
        this.intact = inputs.complete() && last.isPresent() && last.get().output().equals(earlier.digest());
        if (unchanged().isPresent()) {
            store = null;
            return;
        }
        BuildRecord.forget(cacheDir);
        this.store = new StoreMemory(projectDir, inputs, settings, sanitize, ContentStore.open(cacheDir),
                intact ? earlier.files().keySet() : null);
    }

    @Override
    public Optional<LastBuild> unchanged() {
        boolean same = intact && !Forget.off("record") && last.get().key().equals(key)
                && Files.isRegularFile(SiteValidator.checkReport(report));
        return same ? Optional.of(new LastBuild(last.get().reports(), last.get().files(), last.get().warnings()))
                : Optional.empty();
    }

    @Override
    public Optional<Set<String>> siteInPlace() {
        return intact ? Optional.of(earlier.files().keySet()) : Optional.empty();
    }

    @Override
    public Optional<Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        return store.recall(year, id, bodies);
    }

    @Override
    public void read(AnnualReport report, List<String> warnings) {
        store.read(report, warnings);
    }

    @Override
    public List<Finding> findings(AnnualReport report) {
        return store.findings(report);
    }

    @Override
    public Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        return store.converted(narrative, withHtml);
    }

    @Override
    public boolean converted(Narrative narrative, ConvertedNarrative converted) {
        return store.converted(narrative, converted);
    }

    @Override
    public Optional<ReportFiles> keptReport(List<AnnualReport> ordered, int i) {
        return store.keptReport(ordered, i);
    }

    @Override
    public void wroteReport(List<AnnualReport> ordered, int i, ReportFiles files) {
        store.wroteReport(ordered, i, files);
    }

    @Override
    public boolean keepsPage(String path, String template, Object madeOf) {
        return store.keepsPage(path, template, madeOf);
    }

    @Override
    public Kept kept() {
        return store == null ? new Kept(0, 0) : store.kept();
    }

    @Override
    public void save() {
        store.save();
    }

    @Override
    public void remember(Outcome outcome) {
        // A site updated in place is examined where it changed; a new one whole.
        SiteFingerprint.Written now = outcome.inPlace()
                ? SiteFingerprint.output(earlier, outputDir, outcome.changed(), outcome.removed(), report)
                : SiteFingerprint.output(outputDir, report);
        if (!now.files().keySet().equals(outcome.paths())) {
            // Something else wrote into the site meanwhile: the record must not vouch for it.
            log.warn("网站目录 " + outputDir + " 在构建期间被其他程序改动，下次构建将重新生成全部页面"
                    + " / the site folder was changed by another program during the build");
            return;
        }
        Map<String, SiteFingerprint.InputFile> files = new LinkedHashMap<>();
        inputs.files().forEach(file -> files.put(file.path(), file));
        new BuildRecord(key, now.digest(), outcome.reports(), outcome.files(), inputs.hashedAt(), files,
                List.copyOf(outcome.warnings())).write(cacheDir);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
