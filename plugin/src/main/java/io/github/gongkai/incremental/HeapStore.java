package io.github.gongkai.incremental;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * 预览: the entries of the preview's last successful build, as the objects it made (nothing
 * serialised, nothing written). A build reads them and adds its own; only its {@link #commit}
 * makes its entries the ones the next build finds, so a failed build leaves the last good one's.
 */
final class HeapStore implements Store {

    private final Map<Key, Object> live;
    private final Map<Key, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> committed;

    /** @param live the entries of the last successful build, left as they are */
    HeapStore(Map<Key, Object> live) {
        this.live = live;
    }

    @Override
    public <T> Optional<T> get(Key key, Class<T> type) {
        Object value = current.get(key);
        if (value == null) {
            value = live.get(key);
        }
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    @Override
    public boolean put(Key key, Object value) {
        current.put(key, value);
        return true;
    }

    @Override
    public void commit(Predicate<Key> keep) {
        Map<Key, Object> next = new HashMap<>();
        live.forEach((key, value) -> {
            if (keep.test(key)) {
                next.put(key, value);
            }
        });
        current.forEach((key, value) -> {
            if (keep.test(key)) {
                next.put(key, value);
            }
        });
        committed = next;
    }

    /** The entries {@link #commit} kept, for the next build; empty before it. */
    Optional<Map<Key, Object>> committed() {
        return Optional.ofNullable(committed);
    }

    @Override
    public void close() {
        // Nothing to release: the heap is the store.
    }
}
