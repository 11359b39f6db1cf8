package io.github.gongkai.incremental;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 预览: what successive builds of one site project in one JVM ({@code mvn site:serve}) keep of
 * each other, in the heap. The keys and the mechanisms are {@link SiteMemory}'s ({@link StoreMemory});
 * the entries are the objects the last successful build made, nothing serialised, nothing written,
 * no build record and no website on disk examined: the preview holds the website it serves. Only
 * the last successful build's entries are kept. The first build starts empty (it converts every
 * narrative); the cache folder of {@code site:generate} is not read.
 */
public final class LiveMemory {

    private final Path projectDir;
    private final String code;
    private final boolean sanitize;
    /** The entries of the last successful build. */
    private volatile Map<Key, Object> entries = Map.of();
    /** The input files as the last build examined them: only those whose size or time changed are read again. */
    private volatile SiteFingerprint.Inputs examined = new SiteFingerprint.Inputs("", 0, List.of());

    LiveMemory(Path projectDir, String code, boolean sanitize) {
        this.projectDir = projectDir;
        this.code = code;
        this.sanitize = sanitize;
    }

    /**
     * The memory for the next build.
     *
     * @param sitePaths the files of the website the last successful build made, as the preview
     *                  holds it (their pages may be kept); empty for the first build or after a failed one
     */
    public Memory next(Set<String> sitePaths) {
        Map<String, SiteFingerprint.InputFile> known = new HashMap<>();
        examined.files().forEach(file -> known.put(file.path(), file));
        SiteFingerprint.Inputs inputs = SiteFingerprint.inputs(projectDir, List.of(), known, examined.hashedAt());
        // The hashes hold whatever the build does with them.
        examined = inputs;
        HeapStore store = new HeapStore(entries);
        return new StoreMemory(projectDir, inputs, StoreMemory.settings(code, sanitize, projectDir, "preview"),
                sanitize, store, sitePaths.isEmpty() ? null : Set.copyOf(sitePaths)) {

            @Override
            public void save() {
                super.save();
                store.committed().ifPresent(kept -> entries = kept);
            }
        };
    }
}
