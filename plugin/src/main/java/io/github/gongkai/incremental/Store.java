package io.github.gongkai.incremental;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 内容寻址存储: what builds keep of each other, each value under its {@link Key}. Kept on disk
 * between builds ({@link ContentStore}) or in the heap between the preview's builds
 * ({@link HeapStore}); the mechanisms that use it ({@link NarrativeCache}, {@link ReportStore},
 * {@link ReportReuse}) are the same for both.
 */
interface Store extends AutoCloseable {

    /** The value stored under {@code key}, if there is one, whole and of {@code type}. Safe from several threads. */
    <T> Optional<T> get(Key key, Class<T> type);

    /** Stores {@code value} under {@code key} for this build; whether it was stored. Safe from several threads. */
    boolean put(Key key, Object value);

    /** Stores the value {@code value} gives for each of {@code keys}, on every core. */
    default void putAll(Collection<Key> keys, Function<Key, Object> value) {
        keys.parallelStream().forEach(key -> put(key, value.apply(key)));
    }

    /**
     * Makes the entries {@code keep} accepts the ones the next build finds, and forgets the
     * others. Call once the build succeeded.
     */
    void commit(Predicate<Key> keep);

    /** Closed without {@link #commit}, the build failed: see each store for what it keeps. */
    @Override
    void close();
}
