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
 * Writes a site so that a failed or killed build leaves the previous one as it was. {@link #begin}:
 * every file goes into a fresh folder beside the target, which is swapped into place when the
 * whole build succeeded; a file the site in place already has with the same bytes is hard-linked
 * into the new folder (no copy, its modification time kept). {@link #update}, for a site in place
 * that is exactly what the last build wrote: only the files that changed are written aside, and
 * the commit moves them in and removes what went, under a {@link SiteJournal} that a killed build's
 * successor finishes; the thousands of files that stay are not touched (linking them was 0.28 s of
 * a one-figure rebuild at 1,000 reports, and ten times that at 10,000). It also tells which files
 * changed and which went, so that the next build record examines only those. The site carries
 * {@link OutputFolders#SITE_MARKER}, which lets the next build replace the folder. Files may be
 * written and kept from several threads at once.
 */
public final class SiteOutput implements SiteWriter, AutoCloseable {

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
        Set<String> inPlace = new java.util.HashSet<>(files);
        inPlace.add(OutputFolders.SITE_MARKER);
        return start(target, Set.copyOf(inPlace));
    }

    private static SiteOutput start(Path target, Set<String> inPlace) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            recover(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-new-");
            readableByAll(staging);
            SiteOutput output = new SiteOutput(absolute, staging,
                    inPlace != null && Files.isDirectory(absolute) ? inPlace : null);
            output.put(OutputFolders.SITE_MARKER, OutputFolders.markerText("网站 / website"));
            return output;
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
    @Override
    public void write(String path, byte[] content) {
        put(path, content);
        made.add(path);
    }

    private void put(String path, byte[] content) {
        Path file = inside(staging, path);
        Path live = inside(target, path);
        try {
            // Without a website in place (a first or clean build) there is nothing to compare with.
            boolean same = earlier && (inPlace == null || inPlace.contains(path)) && sameBytes(live, content);
            if (inPlace != null) {
                // Updated in place: only what changed is written aside, to be moved in by the commit.
                if (!same) {
                    folder(file.getParent());
                    Files.write(file, content);
                    changed.add(path);
                }
                return;
            }
            folder(file.getParent());
            if (!same || !linked(file, live)) {
                Files.write(file, content);
                if (!same) {
                    changed.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 / cannot write " + file, e);
        }
    }

    /**
     * Copies {@code source} (an asset, possibly hundreds of MB) to {@code path} by streaming, never
     * whole in memory; kept as in {@link #write} when the site in place has the same bytes.
     */
    @Override
    public void copy(String path, Path source) {
        Path file = inside(staging, path);
        Path live = inside(target, path);
        try {
            boolean same = earlier && (inPlace == null || inPlace.contains(path))
                    && Files.isRegularFile(live, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(live) == Files.size(source) && Files.mismatch(live, source) == -1;
            if (inPlace != null && same) {
                made.add(path);
                return;
            }
            folder(file.getParent());
            if (inPlace != null || !same || !linked(file, live)) {
                Files.copy(source, file);
                if (!same) {
                    changed.add(path);
                }
            }
            made.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("无法复制 / cannot copy " + source, e);
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
     * Puts the file at {@code path} of the website in place into the new one as it is: a hard link
     * where the file system allows (no copy), else a copy with its modification time.
     */
    @Override
    public void keep(String path) {
        Path file = inside(staging, path);
        Path earlier = inside(target, path);
        try {
            if (inPlace != null) {
                if (!inPlace.contains(path)) {
                    throw new NoSuchFileException(earlier.toString());
                }
                made.add(path); // it stays where it is
                return;
            }
            folder(file.getParent());
            if (!linked(file, earlier)) {
                Files.copy(earlier, file, StandardCopyOption.COPY_ATTRIBUTES);
            }
            made.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("无法沿用上次生成的文件 / cannot keep " + earlier, e);
        }
    }

    static Path inside(Path root, String path) {
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
    @Override
    public int fileCount() {
        return made.size();
    }

    /** Whether this build updates the website in place rather than writing a new one (see {@link #update}). */
    public boolean updatesInPlace() {
        return inPlace != null;
    }

    /** The site paths of the files this build wrote anew rather than kept (when it updates a site, see {@link #update}). */
    public Set<String> changed() {
        return Set.copyOf(changed);
    }

    /** The site paths of every file of the new site, its marker included. */
    public Set<String> paths() {
        Set<String> paths = new TreeSet<>(made);
        paths.add(OutputFolders.SITE_MARKER);
        return paths;
    }

    /** The site paths of the files of the website in place that this build does not make. */
    public Set<String> removed() {
        if (inPlace == null) {
            return Set.of();
        }
        Set<String> removed = new TreeSet<>(inPlace);
        removed.removeAll(paths());
        return removed;
    }

    /**
     * Puts what was written in place. A new site: in two renames, the old site aside, the new one
     * in; a build killed between them leaves no site but the old one whole beside it, which the
     * next build (or {@link #recover}) puts back. An update: the changed files are moved in under
     * the journal, which the next build finishes if this one is killed meanwhile.
     */
    public void commit() {
        try {
            if (inPlace != null) {
                SiteJournal.apply(target, staging, changed, removed());
                committed = true;
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
     * Clears what a build killed half-way (kill -9, power cut) left beside the target: an update's
     * journal, which is finished; its staging folder; and the previous site set aside during a
     * swap, which is put back if the swap never completed. All are hidden, never served as the
     * site. Call it holding the site's {@link BuildLock}: another build's staging folder looks the same.
     */
    public static void recover(Path site) throws IOException {
        Path target = site.toAbsolutePath().normalize();
        // An update in place killed while moving its files in: it is finished as it was meant.
        SiteJournal.finish(target);
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

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
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
