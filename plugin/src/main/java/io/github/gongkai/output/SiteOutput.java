package io.github.gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site so that a failed build leaves the previous one as it was, in one of two ways.
 * {@link #begin}: every file goes into a fresh folder beside the target, swapped into place when
 * the whole build succeeded. {@link #update}, for a website in place that is exactly what the last
 * build wrote: only the files that changed are written (into a folder beside it), and at the end
 * they are moved in and the files no longer made are deleted, so that a rebuild after one edit
 * touches a few files, not every one. Files may be written and kept from several threads at once.
 */
public final class SiteOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    /** Whether a website is in place whose unchanged files the new one can keep. */
    private final boolean earlier;
    /** The files of the website in place when this build updates it, else null. */
    private final Set<String> inPlace;
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Folders known to exist: a build of 1,000 reports writes ~3,000 files into ~20 folders. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private SiteOutput(Path target, Path staging, Set<String> inPlace) {
        this.target = target;
        this.staging = staging;
        this.earlier = Files.isDirectory(target);
        this.inPlace = inPlace;
    }

    /** Starts writing a new version of {@code target}, into a folder of its own. */
    public static SiteOutput begin(Path target) {
        return start(target, null);
    }

    /**
     * Starts updating {@code target} in place: the website there must be exactly what the last
     * build wrote (the caller checked), and {@code files} are its files, as site paths.
     */
    public static SiteOutput update(Path target, Set<String> files) {
        return start(target, Set.copyOf(files));
    }

    private static SiteOutput start(Path target, Set<String> inPlace) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            recoverInterrupted(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-new-");
            readableByAll(staging);
            return new SiteOutput(absolute, staging, inPlace != null && Files.isDirectory(absolute) ? inPlace : null);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建输出目录 / cannot create the output folder " + absolute, e);
        }
    }

    /**
     * A temporary folder is private (700); the site folder it becomes must be readable by the web
     * server after {@code scp -r} or {@code cp -rp}, like every folder the build makes (755).
     */
    private static void readableByAll(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Writes one file, {@code path} relative to the site root. A file the website in place already
     * has with exactly these bytes is kept instead (left in place, or hard-linked into a new site):
     * it keeps its modification time, so an upload that compares times sends only what changed.
     */
    public void write(String path, byte[] content) {
        Path file = inside(staging, path);
        Path live = inside(target, path);
        try {
            if (inPlace != null) {
                if (!inPlace.contains(path) || !sameBytes(live, content)) {
                    folder(file.getParent());
                    Files.write(file, content);
                    changed.add(path);
                }
            } else {
                folder(file.getParent());
                // Without a website in place (a first or clean build) there is nothing to compare with.
                if (!earlier || !sameBytes(live, content) || !linked(file, live)) {
                    Files.write(file, content);
                }
            }
            made.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 / cannot write " + file, e);
        }
    }

    /** Whether {@code earlier} is a plain file holding {@code content}. */
    private static boolean sameBytes(Path earlier, byte[] content) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(earlier, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == content.length
                    && Arrays.equals(Files.readAllBytes(earlier), content);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean linked(Path file, Path earlier) {
        try {
            Files.createLink(file, earlier);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            // No links on this file system: the file is written.
            return false;
        }
    }

    /**
     * Puts the file at {@code path} of the website in place into the new one as it is: left where
     * it is when updating, else a hard link where the file system allows (no copy), else a copy.
     */
    public void keep(String path) {
        Path file = inside(staging, path);
        Path earlier = inside(target, path);
        try {
            if (inPlace == null) {
                folder(file.getParent());
                if (!linked(file, earlier)) {
                    Files.copy(earlier, file, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } else if (!inPlace.contains(path)) {
                throw new NoSuchFileException(earlier.toString());
            }
            made.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("无法沿用上次生成的文件 / cannot keep " + earlier, e);
        }
    }

    private static Path inside(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("path leaves the site: " + path);
        }
        return file;
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** How many files were written and kept. */
    public int fileCount() {
        return made.size();
    }

    /** Whether this build updates the website in place rather than writing a new one (see {@link #update}). */
    public boolean updatesInPlace() {
        return inPlace != null;
    }

    /** The site paths of the files this build changed in place (none when it wrote a new site). */
    public Set<String> changed() {
        return Set.copyOf(changed);
    }

    /** The site paths of the files of the website in place that this build does not make. */
    public Set<String> removed() {
        if (inPlace == null) {
            return Set.of();
        }
        Set<String> removed = new TreeSet<>(inPlace);
        removed.removeAll(made);
        return removed;
    }

    /** Replaces the target by what was written. */
    public void commit() {
        try {
            if (inPlace != null) {
                commitInPlace();
                return;
            }
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法替换输出目录 / cannot replace " + target, e);
        }
    }

    /**
     * Each changed file replaces its old version in one rename, then the files no longer made are
     * deleted. A build killed meanwhile leaves a website of old and new files, but no build record
     * (it is forgotten when a build starts), so the next build writes a new site whole.
     */
    private void commitInPlace() throws IOException {
        for (String path : new TreeSet<>(changed)) {
            Path file = inside(target, path);
            folder(file.getParent());
            Files.move(inside(staging, path), file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        for (String path : removed()) {
            Path file = inside(target, path);
            Files.deleteIfExists(file);
            // Folders left empty go too, as a site written whole would not have them.
            for (Path folder = file.getParent(); !folder.equals(target); folder = folder.getParent()) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        }
        committed = true;
        deleteTree(staging);
    }

    /** Discards what was written unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Clears what a build killed half-way (kill -9, power cut) left beside the target: its
     * staging folder, and the previous site set aside during a swap, which is put back if the
     * swap never completed. Both are hidden folders that are never served as the site.
     */
    private static void recoverInterrupted(Path target) throws IOException {
        String name = target.getFileName().toString();
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith("." + name + "-new-")
                    || p.getFileName().toString().startsWith("." + name + "-old-")).sorted().toList();
        }
        for (Path leftover : leftovers) {
            if (!Files.exists(target) && leftover.getFileName().toString().startsWith("." + name + "-old-")) {
                move(leftover, target);
            } else {
                deleteTree(leftover);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
