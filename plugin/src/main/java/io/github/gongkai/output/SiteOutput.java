package io.github.gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a site into a fresh folder beside the target and swaps it into place only when the
 * whole build succeeded, so that a failed build leaves the previous site as it was. Files may be
 * written and kept from several threads at once.
 */
public final class SiteOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    /** Whether a website is in place whose unchanged files the new one can keep. */
    private final boolean earlier;
    private final AtomicInteger files = new AtomicInteger();
    private boolean committed;

    private SiteOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.earlier = Files.isDirectory(target);
    }

    /** Starts writing a new version of {@code target}. */
    public static SiteOutput begin(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            recoverInterrupted(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-new-");
            readableByAll(staging);
            return new SiteOutput(absolute, staging);
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
     * has with exactly these bytes is kept instead (hard-linked): it keeps its modification time,
     * so an upload that compares times sends only what changed, and no new file is created.
     */
    public void write(String path, byte[] content) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("path leaves the site: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            // Without a website in place (a first or clean build) there is nothing to compare with.
            if (!earlier || !keptUnchanged(file, target.resolve(path).normalize(), content)) {
                Files.write(file, content);
            }
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 / cannot write " + file, e);
        }
    }

    /** Links {@code earlier} as {@code file} if it is a plain file holding {@code content}. */
    private boolean keptUnchanged(Path file, Path earlier, byte[] content) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(earlier, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != content.length
                    || !Arrays.equals(Files.readAllBytes(earlier), content)) {
                return false;
            }
            Files.createLink(file, earlier);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            // No such file, or no links on this file system: the file is written.
            return false;
        }
    }

    /**
     * Puts the file at {@code path} of the website in place into the new one as it is: a hard link
     * where the file system allows (no copy, nothing rewritten), else a copy.
     */
    public void keep(String path) {
        Path file = staging.resolve(path).normalize();
        Path earlier = target.resolve(path).normalize();
        if (!file.startsWith(staging) || !earlier.startsWith(target)) {
            throw new IllegalArgumentException("path leaves the site: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createLink(file, earlier);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(earlier, file, StandardCopyOption.COPY_ATTRIBUTES);
            }
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("无法沿用上次生成的文件 / cannot keep " + earlier, e);
        }
    }

    /** How many files were written. */
    public int fileCount() {
        return files.get();
    }

    /** Replaces the target by what was written. */
    public void commit() {
        try {
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
