package io.github.gongkai.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * 序列化: values as bytes and back by the JDK's own serialisation ({@link ObjectOutputStream}), so
 * that a new field of a data record needs no code here. Records are read back through their
 * canonical constructors. Two JDK types that are not serialisable stand in for themselves in the
 * stream: {@link Optional} and {@link Path}. Reading accepts only classes of this plugin and of
 * {@code java.lang}, {@code java.util}, {@code java.math} and {@code java.time} (a cache file
 * cannot make the build instantiate anything else); anything amiss is a miss.
 */
final class Serialised {

    /**
     * Our records, the JDK's collections, numbers and dates; nothing else, not deeper than a report
     * goes, and no array longer than a cache holds (a damaged length is a miss, not an out-of-memory error).
     */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxarray=4194304;io.github.gongkai.**;java.lang.*;java.util.*;java.math.*;java.time.*;!*");

    /** The class of the paths {@link In#resolveObject} makes (checked too); never in a stream, as not serialisable. */
    private static final Class<?> PATH = Path.of("").getClass();

    private static final ObjectInputFilter ALLOWED = info -> info.serialClass() == PATH
            ? ObjectInputFilter.Status.ALLOWED : CLASSES.checkInput(info);

    private Serialised() {
    }

    /** {@code value} as bytes. */
    static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (Out out = new Out(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** The value {@link #write} wrote, if {@code bytes} hold one of {@code type} that this code can read. */
    static <T> Optional<T> read(byte[] bytes, Class<T> type) {
        try (In in = new In(new ByteArrayInputStream(bytes))) {
            Object value = in.readObject();
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // Damaged, cut short, another version of a class, or a class not allowed: made again.
            return Optional.empty();
        }
    }

    /** An {@link Optional} in the stream. */
    private record Maybe(Object value) implements Serializable {
    }

    /** A {@link Path} in the stream, as its text. */
    private record PathText(String path) implements Serializable {
    }

    private static final class Out extends ObjectOutputStream {

        Out(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object value) {
            if (value instanceof Optional<?> optional) {
                return new Maybe(optional.orElse(null));
            }
            return value instanceof Path path ? new PathText(path.toString()) : value;
        }
    }

    private static final class In extends ObjectInputStream {

        In(InputStream in) throws IOException {
            super(in);
            setObjectInputFilter(ALLOWED);
            enableResolveObject(true);
        }

        /** Our class loader (the plugin's realm), without the default's walk up the stack for one. */
        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws ClassNotFoundException {
            return Class.forName(desc.getName(), false, Serialised.class.getClassLoader());
        }

        @Override
        protected Object resolveObject(Object value) {
            if (value instanceof Maybe maybe) {
                return Optional.ofNullable(maybe.value());
            }
            return value instanceof PathText path ? Path.of(path.path()) : value;
        }
    }
}
