package io.github.gongkai.build;

import io.github.gongkai.build.SiteFingerprint.InputFile;
import io.github.gongkai.data.AnnualReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each report's key for keeping its files (see {@link io.github.gongkai.render.ReportReuse}): the
 * hashes of the report's own files under reports/&lt;year&gt;/ and of what every page is made of —
 * site.yaml, bodies.yaml, every theme/ file, the code and the settings.
 */
final class ReportKeys implements Function<AnnualReport, Optional<String>> {

    private final String shared;
    private final Map<String, List<InputFile>> byReport;
    private final Map<AnnualReport, Optional<String>> keys = new ConcurrentHashMap<>();

    private ReportKeys(String shared, Map<String, List<InputFile>> byReport) {
        this.shared = shared;
        this.byReport = byReport;
    }

    /**
     * @param inputs   the site project's files, as examined for this build
     * @param settings the code and settings, as one fingerprint
     */
    static ReportKeys of(SiteFingerprint.Inputs inputs, String settings) {
        StringBuilder shared = new StringBuilder(settings).append('\n');
        Map<String, List<InputFile>> byReport = new HashMap<>();
        for (InputFile file : inputs.files()) {
            String path = file.path();
            if (path.equals("site.yaml") || path.equals("bodies.yaml") || path.startsWith("theme/")) {
                shared.append(path).append(' ').append(file.sha256()).append('\n');
            } else if (path.startsWith("reports/")) {
                // reports/<year>/<body id>.<extension>: the loader's own grouping of a report's files.
                String name = path.substring(path.lastIndexOf('/') + 1);
                int dot = name.lastIndexOf('.');
                String report = path.substring(0, path.lastIndexOf('/') + 1) + (dot < 0 ? name : name.substring(0, dot));
                byReport.computeIfAbsent(report, r -> new ArrayList<>()).add(file);
            }
        }
        return new ReportKeys(SiteFingerprint.of(shared.toString()), byReport);
    }

    @Override
    public Optional<String> apply(AnnualReport report) {
        return keys.computeIfAbsent(report, r -> {
            List<InputFile> files = byReport.get("reports/" + r.year() + "/" + r.body().id());
            if (files == null) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder(shared).append('\n');
            files.forEach(file -> text.append(file.path()).append(' ').append(file.sha256()).append('\n'));
            return Optional.of(SiteFingerprint.of(text.toString()));
        });
    }
}
