package io.github.gongkai.incremental;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 预览: what successive builds of one site project in one JVM ({@code mvn site:serve}) keep of
 * each other, in the heap. The keys and the mechanisms are {@link SiteMemory}'s ({@link StoreMemory});
 * the entries are the objects the last successful build made, nothing serialised, nothing written,
 * no build record and no website on disk examined: the preview holds the website it serves. Only
 * the last successful build's entries are kept. Until a build succeeded, what the cache folder of
 * {@code site:generate} holds is read as well (never written; the keys are the same, its output
 * folder's), so the first preview after a generate converts nothing again.
 */
final class LiveMemory implements Memory.Live {

    private final Path projectDir;
    private final Path cacheDir;
    private final String settings;
    private final boolean sanitize;
    /** The entries of the last successful build. */
    private volatile Map<Key, Object> entries = Map.of();
    /** The input files as the last build examined them: only those whose size or time changed are read again. */
    private volatile SiteFingerprint.Inputs examined = SiteFingerprint.inputs(0, List.of(), List.of());
    /**
     * The inputs (relative to the project, / separators) changed since {@link #examined}, as a
     * watcher saw them: only these are examined again; null when unknown, and every input is.
     */
    private Set<String> pending;

    LiveMemory(Path projectDir, Path outputDir, Path cacheDir, String code, boolean sanitize) {
        this.projectDir = projectDir;
        this.cacheDir = cacheDir;
        this.settings = StoreMemory.settings(code, sanitize, projectDir,
                outputDir.toAbsolutePath().normalize().toString());
        this.sanitize = sanitize;
    }

    @Override
    public Memory next(Set<String> sitePaths, Optional<Set<Path>> changed) {
        pending = pending == null || changed.isEmpty() || Forget.off("watched") ? null : union(pending, changed.get());
        SiteFingerprint.Inputs inputs = pending == null ? null : WatchedInputs.update(projectDir, examined, pending).orElse(null);
        if (inputs == null) {
            Map<String, SiteFingerprint.InputFile> known = new HashMap<>();
            examined.files().forEach(file -> known.put(file.path(), file));
            inputs = SiteFingerprint.inputs(projectDir, List.of(), known, examined.hashedAt());
        }
        // The hashes hold whatever the build does with them.
        examined = inputs;
        pending = Set.of();
        boolean seeded = entries.isEmpty() && cacheDir != null && Files.isDirectory(cacheDir);
        HeapStore store = new HeapStore(entries, seeded ? ContentStore.readOnly(cacheDir) : null);
        return new StoreMemory(projectDir, inputs, settings, sanitize, store,
                sitePaths.isEmpty() ? null : Set.copyOf(sitePaths)) {

            @Override
            public void save() {
                super.save();
                store.committed().ifPresent(kept -> entries = kept);
            }
        };
    }

    /** {@code known} and the paths of {@code changed} under the project; null when one is elsewhere. */
    private Set<String> union(Set<String> known, Set<Path> changed) {
        Path root = projectDir.toAbsolutePath().normalize();
        Set<String> all = new HashSet<>(known);
        for (Path path : changed) {
            Path normal = path.toAbsolutePath().normalize();
            if (!normal.startsWith(root) || normal.equals(root)) {
                return null;
            }
            all.add(root.relativize(normal).toString().replace('\\', '/'));
        }
        return all;
    }
}
