package io.github.gongkai.incremental;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A list page's key (列表页): its path, its template and its model as the JDK serialises it
 * ({@link Serialised}), so that equal keys mean the same page from the same templates. Equal
 * bytes mean an equal model; two equal models written differently (a {@code HashMap} met in
 * another order) only cost a rendering. A model holding a value that cannot be serialised has no
 * key: its page is always rendered. One instance serves one build: a value that many pages' models
 * share (the year list every column page shows holds every report's link) is serialised and hashed once.
 */
final class PageKey {

    private static final String UNWRITABLE = "";

    private final String shared;
    /** The hash of each value of a model map met so far, by identity: the models' values are not changed once made. */
    private final Map<Object, String> hashed = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @param shared what every page is made of besides its model (site files, theme, code, settings) */
    PageKey(String shared) {
        this.shared = shared;
    }

    /**
     * @param path     the page's path in the site
     * @param template its template
     * @param madeOf   its model, or whatever its model is made from
     * @return the key, or empty when {@code madeOf} holds a value that cannot be serialised
     */
    Optional<Key> of(String path, String template, Object madeOf) {
        Key.Builder key = Key.of(Key.Kind.PAGE).text(shared).text(path).text(template);
        if (madeOf instanceof Map<?, ?> model) {
            key.text("model").number(model.size());
            for (Map.Entry<?, ?> entry : model.entrySet()) {
                // Hashed outside the lock: two threads may hash one value, and agree.
                String value = hashed.get(entry.getValue());
                if (value == null) {
                    value = hashOf(entry.getValue());
                    hashed.put(entry.getValue(), value);
                }
                if (!(entry.getKey() instanceof String name) || value.equals(UNWRITABLE)) {
                    return Optional.empty();
                }
                key.text(name).text(value);
            }
            return Optional.of(key.key());
        }
        String value = hashOf(madeOf);
        return value.equals(UNWRITABLE) ? Optional.empty() : Optional.of(key.text("value").text(value).key());
    }

    private static String hashOf(Object value) {
        try {
            return Key.of(Key.Kind.PAGE).bytes(Serialised.write(value)).key().sha256();
        } catch (IOException e) {
            // A value the JDK cannot serialise: the page is rendered, as one with no key.
            return UNWRITABLE;
        }
    }
}
