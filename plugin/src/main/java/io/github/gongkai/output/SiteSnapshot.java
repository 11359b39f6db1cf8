package io.github.gongkai.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 预览网站: a whole website held in memory, as the live preview serves it. A snapshot never
 * changes once built; the next build makes a new one from it ({@link #next}), keeping the files
 * that did not change without a copy, and the preview swaps it in whole, so a reader sees either
 * the last site or the new one, never a half-built one. Nothing is written to disk.
 */
public final class SiteSnapshot {

    /** No website yet: the first build of a preview starts from it. */
    public static final SiteSnapshot EMPTY = new SiteSnapshot(new TreeMap<>());

    private final NavigableMap<String, File> files;

    private SiteSnapshot(NavigableMap<String, File> files) {
        this.files = Collections.unmodifiableNavigableMap(files);
    }

    /** One file: its bytes, or for an asset copied from the project, where to read it. */
    public sealed interface File permits Bytes, Copied {

        /** Opens the file for reading. */
        InputStream open() throws IOException;
    }

    /**
     * A file the build made.
     *
     * @param content its bytes, which nobody changes once put (the renderer makes a new array per page)
     */
    public record Bytes(byte[] content) implements File {
        @Override
        public InputStream open() {
            return new java.io.ByteArrayInputStream(content);
        }
    }

    /**
     * An asset of the site project (a logo, an original PDF), served from its file rather than held in
     * memory: a PDF can be hundreds of MB. A changed asset starts a rebuild anyway.
     *
     * @param source the file in the site project
     */
    public record Copied(Path source) implements File {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(source);
        }
    }

    /** The file at site path {@code path} ({@code ndbg/index.html}), if the site has one. */
    public Optional<File> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Whether {@code path} is a folder of the site: some file lies below it. */
    public boolean isFolder(String path) {
        String prefix = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** The site paths of every file, in order. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** Starts the next snapshot: files are put into it as a build makes them, and kept from this one. */
    public Builder next() {
        return new Builder(this);
    }

    /** A snapshot being built; {@link #build} gives it once the build succeeded. */
    public static final class Builder implements SiteWriter {

        private final SiteSnapshot last;
        private final Map<String, File> made;

        private Builder(SiteSnapshot last) {
            this.last = last;
            // Sized for the last website's files: growing a map of thousands while every core writes to it costs.
            this.made = new ConcurrentHashMap<>(Math.max(16, last.files.size() * 2));
        }

        @Override
        public void write(String path, byte[] content) {
            made.put(checked(path), new Bytes(content));
        }

        @Override
        public void copy(String path, Path source) {
            made.put(checked(path), new Copied(source.toAbsolutePath().normalize()));
        }

        @Override
        public void keep(String path) {
            File file = last.files.get(path);
            if (file == null) {
                throw new UncheckedIOException(new IOException(
                        "上次生成的网站中没有这个文件，无法沿用 / cannot keep a file the last build did not make: " + path));
            }
            made.put(path, file);
        }

        @Override
        public int fileCount() {
            return made.size();
        }

        /** The new website. */
        public SiteSnapshot build() {
            return new SiteSnapshot(new TreeMap<>(made));
        }

        /** A site path is relative, with "/" between its parts and none of them "." or "..". */
        private static String checked(String path) {
            boolean bad = path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.indexOf('\\') >= 0
                    || path.indexOf('\0') >= 0;
            for (String part : path.split("/", -1)) {
                bad |= part.isEmpty() || part.equals(".") || part.equals("..");
            }
            if (bad) {
                throw new IllegalArgumentException("path leaves the site: " + path);
            }
            return path;
        }
    }
}
