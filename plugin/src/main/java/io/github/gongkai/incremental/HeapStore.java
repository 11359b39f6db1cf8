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
 * A store on disk may stand behind it, read only: what it holds is taken as if this build made it.
 */
final class HeapStore implements Store {

    private final Map<Key, Object> live;
    private final Store behind;
    private final Map<Key, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> committed;

    /**
     * @param live   the entries of the last successful build, left as they are
     * @param behind a store to read what {@code live} lacks, or null; closed with this one
     */
    HeapStore(Map<Key, Object> live, Store behind) {
        this.live = live;
        this.behind = behind;
    }

    @Override
    public <T> Optional<T> get(Key key, Class<T> type) {
        Object value = current.get(key);
        if (value == null) {
            value = live.get(key);
        }
        if (value == null && behind != null) {
            value = behind.get(key, type).orElse(null);
            if (value != null) {
                current.put(key, value); // kept for the next build as if made by this one
            }
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
        Map<Key, Object> next = new HashMap<>(live);
        next.putAll(current);
        next.keySet().removeIf(keep.negate());
        committed = next;
    }

    /** The entries {@link #commit} kept, for the next build; empty before it. */
    Optional<Map<Key, Object>> committed() {
        return Optional.ofNullable(committed);
    }

    @Override
    public void close() {
        if (behind != null) {
            behind.close();
        }
    }
}
