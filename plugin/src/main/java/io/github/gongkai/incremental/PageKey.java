package io.github.gongkai.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list page's key (列表页): what it is made of (its path, template and model) written out as
 * one unambiguous text and hashed, so that equal keys mean the same page from the same templates.
 * Only values whose every part can be written are: records (component by component), lists, maps,
 * strings, numbers, booleans, enums and null. A model holding anything else has no key: its page is
 * always rendered. One instance serves one build: a value that many pages' models share (the year
 * list every column page shows holds every report's link) is written and hashed once.
 */
final class PageKey {

    /** Each record class's accessors, in declaration order, looked up once. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

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
     * @return the key, or empty when {@code madeOf} holds a value that cannot be written
     */
    Optional<String> of(String path, String template, Object madeOf) {
        StringBuilder text = new StringBuilder(1024);
        text.append(shared).append('\n').append(path).append('\n').append(template).append('\n');
        if (madeOf instanceof Map<?, ?> model) {
            text.append('M').append(model.size()).append(':');
            for (Map.Entry<?, ?> entry : model.entrySet()) {
                // Hashed outside the lock: two threads may hash one value, and agree.
                String value = hashed.get(entry.getValue());
                if (value == null) {
                    value = hashOf(entry.getValue());
                    hashed.put(entry.getValue(), value);
                }
                if (!write(entry.getKey(), text) || value.equals(UNWRITABLE)) {
                    return Optional.empty();
                }
                text.append('h').append(value);
            }
        } else if (!write(madeOf, text)) {
            return Optional.empty();
        }
        return Optional.of(sha256(text));
    }

    private static String hashOf(Object value) {
        StringBuilder text = new StringBuilder(1024);
        return write(value, text) ? sha256(text) : UNWRITABLE;
    }

    /** The SHA-256 of {@code text} (as UTF-8), in hex. */
    static String sha256(CharSequence text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each value is tagged with its kind, and strings and collections with their length: no two models give one text. */
    private static boolean write(Object value, StringBuilder out) {
        if (value == null) {
            out.append('n');
        } else if (value instanceof String text) {
            out.append('s').append(text.length()).append(':').append(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append('i').append(value).append(';');
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.append('d').append(value).append(';');
        } else if (value instanceof Boolean flag) {
            out.append(flag ? 'T' : 'F');
        } else if (value instanceof Enum<?> constant) {
            out.append('e').append(constant.getDeclaringClass().getName()).append('.').append(constant.name()).append(';');
        } else if (value instanceof List<?> list) {
            out.append('l').append(list.size()).append(':');
            for (Object item : list) {
                if (!write(item, out)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append('m').append(map.size()).append(':');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!write(entry.getKey(), out) || !write(entry.getValue(), out)) {
                    return false;
                }
            }
        } else if (value instanceof Record) {
            return writeRecord(value, out);
        } else {
            return false;
        }
        return true;
    }

    private static boolean writeRecord(Object value, StringBuilder out) {
        out.append('r').append(value.getClass().getName()).append(':');
        for (Method accessor : ACCESSORS.get(value.getClass())) {
            try {
                if (!write(accessor.invoke(value), out)) {
                    return false;
                }
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                // A record this code cannot read whole: the page is rendered, as one with no key.
                return false;
            }
        }
        return true;
    }
}
