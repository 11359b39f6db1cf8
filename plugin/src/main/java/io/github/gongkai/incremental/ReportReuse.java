package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.incremental.PageMemory.ReportFiles;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 复用: a report's page and open data that the last build wrote and this one keeps as they are,
 * because nothing they are made of changed: the report's own files, its neighbours' in the column
 * (上一篇/下一篇 show their titles), and what every page shares (site.yaml, bodies.yaml, the theme,
 * the plugin, the settings), all of which the caller folds into each report's key. An entry in the
 * {@link Store} names the files and keeps the report's search index entry; entries are written only after the new website is in place, and only the new build's are left.
 * A list page (home, column, years, 全县汇总, bodies, search, 404) is kept the same way when its
 * {@link PageKey}, made of its model, is unchanged: a figure edit renders one body page and one
 * 全县汇总, not every list.
 */
final class ReportReuse {

    private final Store store;
    private final PageKey pageKeys;
    private final Function<AnnualReport, Optional<Key>> keys;
    private final Predicate<AnnualReport> unchanged;
    /** The files of the website in place when it is exactly what the last build wrote, else null. */
    private final Set<String> earlierSite;
    private final Map<Key, ReportFiles> written = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();
    private final Set<Key> usedPages = ConcurrentHashMap.newKeySet();
    /** The reports each entry rendered by this build was made of: the report and its neighbours. */
    private final Map<Key, List<AnnualReport>> madeOf = new ConcurrentHashMap<>();

    private ReportReuse(Store store, String shared, Function<AnnualReport, Optional<Key>> keys,
            Predicate<AnnualReport> unchanged, Set<String> earlierSite) {
        this.store = store;
        this.pageKeys = new PageKey(shared);
        this.keys = keys;
        this.unchanged = unchanged;
        this.earlierSite = earlierSite;
    }

    /**
     * @param store       where entries are kept
     * @param shared      what every page is made of besides its own data (site files, theme, code,
     *                    settings), as one fingerprint: part of every list page's key
     * @param keys        a report's key (everything its files are made of), empty where unknown
     * @param unchanged   whether a report's files are still as they were when its key was made
     * @param earlierSite the files (site paths) of the website in place when it is exactly what the
     *                    last build wrote, so that they may be kept; null when it is not
     */
    static ReportReuse in(Store store, String shared, Function<AnnualReport, Optional<Key>> keys,
            Predicate<AnnualReport> unchanged, Set<String> earlierSite) {
        return new ReportReuse(store, shared, keys, unchanged, earlierSite);
    }

    /** The key of the report at {@code i} in the column, with its neighbours', or empty. */
    Optional<Key> keyOf(List<AnnualReport> ordered, int i) {
        Optional<String> own = keys.apply(ordered.get(i)).map(Key::sha256);
        Optional<String> previous = i == 0 ? Optional.of("first") : keys.apply(ordered.get(i - 1)).map(Key::sha256);
        Optional<String> next = i == ordered.size() - 1 ? Optional.of("last")
                : keys.apply(ordered.get(i + 1)).map(Key::sha256);
        if (own.isEmpty() || previous.isEmpty() || next.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Key.of(Key.Kind.PAGE).text(previous.get()).text(own.get()).text(next.get()).key());
    }

    /** What the last build wrote under {@code key}, if its files may be kept. */
    Optional<ReportFiles> earlier(Key key) {
        return Forget.off("reports") ? Optional.empty() : stored(key);
    }

    private Optional<ReportFiles> stored(Key key) {
        Optional<ReportFiles> entry = earlierSite == null ? Optional.empty() : store.get(key, ReportFiles.class);
        if (entry.isEmpty() || !earlierSite.containsAll(entry.get().files())) {
            return Optional.empty();
        }
        used.add(key);
        written.put(key, entry.get());
        return entry;
    }

    /**
     * Whether the last build wrote the list page at {@code path}, made from {@code madeOf} with
     * {@code template}, as this build would: its file may be kept. When not, the page is
     * remembered as this build renders it.
     */
    boolean keepsPage(String path, String template, Object madeOf) {
        Optional<Key> key = pageKeys.of(path, template, madeOf);
        if (key.isEmpty()) {
            return false;
        }
        if (keepPage(key.get(), path)) {
            return true;
        }
        written.put(key.get(), new ReportFiles(List.of(path), new byte[0]));
        return false;
    }

    private boolean keepPage(Key key, String path) {
        Optional<ReportFiles> entry = Forget.off("pages") ? Optional.empty() : stored(key);
        if (entry.isEmpty() || !entry.get().files().equals(List.of(path))) {
            return false;
        }
        usedPages.add(key);
        return true;
    }

    /**
     * Remembers what this build wrote for {@code key}, made of {@code reports} (the report and its
     * neighbours), to be saved once the website is in place.
     */
    void wrote(Key key, ReportFiles entry, List<AnnualReport> reports) {
        written.put(key, entry);
        madeOf.put(key, reports);
    }

    /** How many reports' files were kept from the last build. */
    int kept() {
        return used.size() - usedPages.size();
    }

    /** How many list pages were kept from the last build. */
    int keptListPages() {
        return usedPages.size();
    }

    /**
     * Stores this build's new entries; with {@link #keeps} the store then describes exactly the
     * website now in place. Call after the new website replaced the old one.
     */
    void save() {
        // A page made of a report whose files changed while the build ran shows what its key does not describe.
        // Each report is looked at once (it is in three pages), by identity: its hashCode walks every cell.
        Set<AnnualReport> reports = Collections.newSetFromMap(new IdentityHashMap<>());
        madeOf.values().forEach(reports::addAll);
        Set<AnnualReport> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        changed.addAll(reports.parallelStream().filter(unchanged.negate()).toList());
        madeOf.forEach((key, from) -> {
            if (from.stream().anyMatch(changed::contains)) {
                written.remove(key);
            }
        });
        store.putAll(written.keySet().stream().filter(key -> !used.contains(key)).toList(), written::get);
    }

    /** Whether {@code key} is one of the files of the website now in place: only those are kept. */
    boolean keeps(Key key) {
        return written.containsKey(key);
    }
}
