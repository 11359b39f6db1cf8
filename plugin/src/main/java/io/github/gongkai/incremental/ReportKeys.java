package io.github.gongkai.incremental;

import io.github.gongkai.incremental.SiteFingerprint.InputFile;
import io.github.gongkai.data.AnnualReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Each report's key: the hashes of the report's own files under reports/&lt;year&gt;/ and of what
 * else it depends on. For keeping its page ({@link #of}, see {@link io.github.gongkai.render.ReportReuse}):
 * site.yaml, bodies.yaml, every theme/ file, the code and the settings. For keeping what was read
 * from its files and found in its figures ({@link #loading}, see {@link ReportStore}): bodies.yaml,
 * the code and the settings.
 */
final class ReportKeys implements Function<AnnualReport, Optional<Key>> {

    private final Key.Kind kind;
    private final String shared;
    private final Map<String, List<InputFile>> byReport;
    private final Map<String, Optional<Key>> keys = new ConcurrentHashMap<>();

    private ReportKeys(Key.Kind kind, String shared, Map<String, List<InputFile>> byReport) {
        this.kind = kind;
        this.shared = shared;
        this.byReport = byReport;
    }

    /**
     * Keys for keeping report pages.
     *
     * @param inputs   the site project's files, as examined for this build
     * @param settings the code and settings, as one fingerprint
     */
    static ReportKeys of(SiteFingerprint.Inputs inputs, String settings) {
        return keys(Key.Kind.PAGE, inputs, settings, path -> path.equals("site.yaml") || path.equals("bodies.yaml")
                || path.startsWith("theme/"));
    }

    /**
     * Keys for keeping what was read from a report's files and found in its figures.
     *
     * @param inputs   the site project's files, as examined for this build
     * @param settings the code and settings, as one fingerprint
     */
    static ReportKeys loading(SiteFingerprint.Inputs inputs, String settings) {
        return keys(Key.Kind.READ, inputs, settings, path -> path.equals("bodies.yaml"));
    }

    private static ReportKeys keys(Key.Kind kind, SiteFingerprint.Inputs inputs, String settings,
            Predicate<String> shares) {
        Key.Builder shared = Key.of(kind).text(settings);
        Map<String, List<InputFile>> byReport = new HashMap<>();
        for (InputFile file : inputs.files()) {
            String path = file.path();
            if (shares.test(path)) {
                shared.text(path).text(file.sha256());
            } else if (path.startsWith("reports/")) {
                // reports/<year>/<body id>.<extension>: the loader's own grouping of a report's files.
                String name = path.substring(path.lastIndexOf('/') + 1);
                int dot = name.lastIndexOf('.');
                String report = path.substring(0, path.lastIndexOf('/') + 1) + (dot < 0 ? name : name.substring(0, dot));
                byReport.computeIfAbsent(report, r -> new ArrayList<>()).add(file);
            }
        }
        return new ReportKeys(kind, shared.key().sha256(), byReport);
    }

    /** What every report's key is made of besides its own files, as one fingerprint. */
    String shared() {
        return shared;
    }

    @Override
    public Optional<Key> apply(AnnualReport report) {
        return key(report.year(), report.body().id());
    }

    /**
     * Whether the files of the report of body {@code id} for {@code year} are still as they were
     * examined: one edited while the build ran was read in its new form, which its key does not describe.
     */
    boolean unchanged(int year, String id, Path projectDir) {
        return byReport.getOrDefault("reports/" + year + "/" + id, List.of()).stream()
                .allMatch(file -> SiteFingerprint.unchanged(projectDir, file));
    }

    /** The key of the report of body {@code id} for {@code year}, empty when it has no files. */
    Optional<Key> key(int year, String id) {
        return keys.computeIfAbsent("reports/" + year + "/" + id, report -> {
            List<InputFile> files = byReport.get(report);
            if (files == null) {
                return Optional.empty();
            }
            Key.Builder key = Key.of(kind).text(shared);
            files.forEach(file -> key.text(file.path()).text(file.sha256()));
            return Optional.of(key.key());
        });
    }
}
