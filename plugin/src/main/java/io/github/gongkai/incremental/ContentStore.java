package io.github.gongkai.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@link Store} kept in the cache folder ({@code target/gongkai-cache/}): each value written by
 * the JDK's serialisation ({@link Serialised}) under its {@link Key}, in a {@link CachePack} per
 * kind of entry ({@code narratives.*}, {@code loaded.*}, {@code reports.*}; a kind's entries are
 * then counted and pruned on their own, and the number of files stays a handful).
 *
 * <p>An entry is never read by code other than the one that wrote it: the plugin's code is part of
 * every key (its jars' names, sizes and times and the Java version, {@link SiteFingerprint#code};
 * for a narrative, the SHA-256 of the plugin's jar), so a changed class looks for other keys. A read
 * that fails all the same (a damaged or cut pack, a class not allowed, a class of another shape) is
 * a miss: the value is made again, never taken wrong, never shown as a stack trace.
 */
final class ContentStore implements Store {

    private final Map<Key.Kind, CachePack> packs = new EnumMap<>(Key.Kind.class);
    private final boolean readOnly;
    private boolean committed;

    private ContentStore(Path cacheDir, boolean readOnly) {
        this.readOnly = readOnly;
        for (Key.Kind kind : Key.Kind.values()) {
            packs.put(kind, CachePack.open(cacheDir, kind.pack()));
        }
    }

    /** The store in {@code cacheDir}, which need not exist yet. */
    static ContentStore open(Path cacheDir) {
        return new ContentStore(cacheDir.toAbsolutePath().normalize(), false);
    }

    /** The store in {@code cacheDir} to read only (the preview reads site:generate's): nothing is put or written. */
    static ContentStore readOnly(Path cacheDir) {
        return new ContentStore(cacheDir.toAbsolutePath().normalize(), true);
    }

    @Override
    public <T> Optional<T> get(Key key, Class<T> type) {
        return packs.get(key.kind()).get(key.sha256()).flatMap(bytes -> Serialised.read(bytes, type));
    }

    @Override
    public boolean put(Key key, Object value) {
        if (readOnly) {
            return false;
        }
        try {
            packs.get(key.kind()).put(key.sha256(), Serialised.write(value));
            return true;
        } catch (IOException e) {
            // Not serialisable or not written: the store is an optimisation, the next build makes it again.
            return false;
        }
    }

    /**
     * Keeps exactly the entries {@code keep} accepts.
     *
     * @throws UncheckedIOException naming the cache, when it cannot be written
     */
    @Override
    public void commit(Predicate<Key> keep) {
        if (readOnly) {
            return;
        }
        packs.forEach((kind, pack) -> pack.commit(hash -> keep.test(new Key(kind, hash))));
        committed = true;
    }

    /**
     * Closes the pack files. Closed without {@link #commit} (the build failed), every entry is
     * kept, old and new: each is right whatever failed after it was made, and fixing one report
     * should not convert every narrative again.
     */
    @Override
    public void close() {
        try {
            if (!committed && !readOnly) {
                packs.values().forEach(pack -> pack.commit(hash -> true));
            }
        } catch (UncheckedIOException e) {
            // The cache is an optimisation: the build's own outcome is what the user must see.
        } finally {
            packs.values().forEach(CachePack::close);
        }
    }
}
