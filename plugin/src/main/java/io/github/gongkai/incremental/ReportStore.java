package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.validate.Finding;
import io.github.gongkai.validate.ReportValidator;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What was read from each report's files and found in its figures, kept in the {@link Store} so
 * that a build parses and checks only the reports whose files changed: parsing 1,000 statistics
 * files and checking them was half of a one-figure edit's build. The key ({@link ReportKeys#loading})
 * covers the report's files, bodies.yaml, the code and the settings. Entries are stored after a
 * successful build; only that build's are left.
 */
final class ReportStore {

    private final Store store;
    private final Path projectDir;
    private final ReportKeys keys;
    /** This build's entries by key; {@code findings} is null until the report is checked. */
    private final Map<Key, Entry> current = new ConcurrentHashMap<>();

    private ReportStore(Store store, Path projectDir, ReportKeys keys) {
        this.store = store;
        this.projectDir = projectDir;
        this.keys = keys;
    }

    /**
     * @param store      where entries are kept
     * @param projectDir the site project
     * @param keys       the reports' keys for what is read from their files
     */
    static ReportStore in(Store store, Path projectDir, ReportKeys keys) {
        return new ReportStore(store, projectDir, keys);
    }

    /**
     * What is stored of a report: the report as read, the warnings its reading gave and its findings.
     *
     * @param report   the report
     * @param warnings the warnings its reading gave
     * @param findings its own findings
     */
    record Loaded(AnnualReport report, List<String> warnings, List<Finding> findings) implements Serializable {
    }

    /**
     * This build's entry of a report: {@code read} when this build read it from its files (else it
     * came from the store, and stays there as it is), and its findings once known.
     */
    private record Entry(int year, String id, boolean read, Loaded loaded) {
    }

    /**
     * The report of body {@code id} for {@code year} as an earlier build read it; its body is taken
     * from {@code bodies} (this build's bodies.yaml, which the key covers: the same).
     */
    Optional<LoadingMemory.Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        Optional<Key> key = keys.key(year, id);
        if (key.isEmpty() || Forget.off("loaded") || !bodies.containsKey(id)) {
            return Optional.empty();
        }
        Optional<Loaded> loaded = store.get(key.get(), Loaded.class);
        loaded.ifPresent(l -> current.put(key.get(), new Entry(year, id, false, l)));
        return loaded.map(l -> {
            AnnualReport r = l.report();
            return new LoadingMemory.Recalled(new AnnualReport(r.year(), bodies.get(id), r.format(), r.metadata(),
                    r.narrative(), r.statistics()), l.warnings());
        });
    }

    /** Remembers {@code report}, which this build read from its files with {@code warnings}. */
    void read(AnnualReport report, List<String> warnings) {
        keys.key(report.year(), report.body().id()).ifPresent(key -> current.put(key,
                new Entry(report.year(), report.body().id(), true, new Loaded(report, List.copyOf(warnings), null))));
    }

    /** Each report's own findings: those kept for its files, else {@link ReportValidator#check}'s. */
    List<Finding> findings(AnnualReport report) {
        Optional<Key> key = keys.key(report.year(), report.body().id());
        Entry entry = key.map(current::get).orElse(null);
        if (entry != null && entry.loaded().findings() != null) {
            return entry.loaded().findings();
        }
        List<Finding> findings = ReportValidator.check(report);
        if (entry != null) {
            current.put(key.get(), new Entry(entry.year(), entry.id(), entry.read(),
                    new Loaded(entry.loaded().report(), entry.loaded().warnings(), List.copyOf(findings))));
        }
        return findings;
    }

    /**
     * Stores this build's new entries. Call once the build succeeded: an entry then holds what
     * was read and found without error.
     */
    void save() {
        List<Key> read = current.entrySet().stream().filter(entry -> entry.getValue().read())
                .map(Map.Entry::getKey).toList();
        // A report whose files changed while the build ran was read under its old key: no entry.
        Set<Key> whole = read.parallelStream().filter(key -> {
            Entry entry = current.get(key);
            return entry.loaded().findings() != null && keys.unchanged(entry.year(), entry.id(), projectDir);
        }).collect(Collectors.toSet());
        read.stream().filter(key -> !whole.contains(key)).forEach(current::remove);
        store.putAll(whole, key -> current.get(key).loaded());
    }

    /** Whether {@code key} is one of this build's reports: only those are kept. */
    boolean keeps(Key key) {
        return current.containsKey(key);
    }
}
