package io.github.gongkai.incremental;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.validate.SiteValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The memory kept in a cache folder ({@code target/gongkai-cache/}): the build record (what the
 * website in place was made from, so that an unchanged site is not built at all) and the
 * {@link ContentStore} of what the {@link StoreMemory} mechanisms keep.
 */
final class SiteMemory extends StoreMemory {

    private final Path outputDir;
    private final Path cacheDir;
    private final Path report;
    private final BuildLog log;
    private final SiteFingerprint.Inputs inputs;
    private final String key;
    private final SiteFingerprint.Written earlier;
    private final boolean asciidocChanged;

    private SiteMemory(Path projectDir, Path outputDir, Path cacheDir, Path report, boolean sanitize, BuildLog log,
            SiteFingerprint.Inputs inputs, String settings, String key, SiteFingerprint.Written earlier,
            boolean intact, boolean asciidocChanged) {
        super(projectDir, inputs, settings, sanitize, ContentStore.open(cacheDir),
                intact ? earlier.files().keySet() : null);
        this.outputDir = outputDir;
        this.cacheDir = cacheDir;
        this.report = report;
        this.log = log;
        this.inputs = inputs;
        this.key = key;
        this.earlier = earlier;
        this.asciidocChanged = asciidocChanged;
    }

    /**
     * The memory of the builds of {@code projectDir} into {@code outputDir} kept in {@code cacheDir}:
     * when nothing changed and the website is in place untouched, one that only says so.
     */
    static Memory open(Path projectDir, Path outputDir, Path cacheDir, Path report, String code, boolean sanitize,
            BuildLog log) {
        OutputFolders.markCache(cacheDir);
        // The website is examined on another core while the input is.
        CompletableFuture<SiteFingerprint.Written> written = CompletableFuture.supplyAsync(
                () -> SiteFingerprint.output(outputDir, report));
        Optional<BuildRecord> last = BuildRecord.read(cacheDir);
        List<Path> ours = List.of(outputDir, cacheDir, report, SiteValidator.checkReport(report));
        SiteFingerprint.Inputs inputs = SiteFingerprint.inputs(projectDir, ours, Forget.off("hashes") ? Map.of()
                : last.map(BuildRecord::inputs).orElse(Map.of()), last.map(BuildRecord::hashedAt).orElse(0L));
        String settings = StoreMemory.settings(code, sanitize, projectDir,
                outputDir.toAbsolutePath().normalize().toString());
        String key = SiteFingerprint.of("inputs " + inputs.digest() + "\n" + settings);
        SiteFingerprint.Written earlier = written.join();
        // The website in place is the last build's, untouched: what did not change in it can stay.
        boolean intact = inputs.complete() && last.isPresent() && last.get().output().equals(earlier.digest());
        if (intact && !Forget.off("record") && last.get().key().equals(key)
                && Files.isRegularFile(SiteValidator.checkReport(report))) {
            LastBuild unchanged = new LastBuild(last.get().reports(), last.get().files(), last.get().warnings());
            return new Memory() {
                @Override
                public Optional<LastBuild> unchanged() {
                    return Optional.of(unchanged);
                }
            };
        }
        BuildRecord.forget(cacheDir);
        Map<String, SiteFingerprint.InputFile> before = last.map(BuildRecord::inputs).orElse(Map.of());
        boolean asciidocChanged = inputs.files().stream().anyMatch(file -> file.path().endsWith(".adoc")
                && (!before.containsKey(file.path()) || !before.get(file.path()).sha256().equals(file.sha256())));
        return new SiteMemory(projectDir, outputDir, cacheDir, report, sanitize, log, inputs, settings, key, earlier,
                intact, asciidocChanged);
    }

    @Override
    public boolean likelyConvertsAsciidoc() {
        return asciidocChanged;
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
}
