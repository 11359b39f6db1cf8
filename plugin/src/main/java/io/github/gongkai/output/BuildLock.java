package io.github.gongkai.output;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.OutputRefused;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One build at a time per site folder: two builds of one project at once (a second terminal, a
 * preview running beside {@code site:generate}) would clear each other's work. The lock is the
 * operating system's on a file beside the site ({@code .site.lock}), so it is released even when
 * the holder is killed; a second build waits for the first, then goes on.
 */
public final class BuildLock implements AutoCloseable {

    /** A build that waits longer than this is more likely stuck than slow. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the site folder {@code site}, waiting while another build holds it. */
    public static BuildLock of(Path site, BuildLog log) {
        return of(site, log, PATIENCE);
    }

    static BuildLock of(Path site, BuildLog log, Duration patience) {
        Path absolute = site.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + patience.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new BuildLock(channel, lock);
                }
                if (!told) {
                    log.info("另一个构建正在写入 " + absolute + "，等它结束后再继续 / another build is writing this site, waiting");
                    told = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new OutputRefused("另一个构建已占用 " + absolute + " 超过 " + patience.toMinutes()
                            + " 分钟（锁文件 " + file + "）：请先结束正在运行的 mvn site:generate 或 site:serve 再试"
                            + " / another build has held this site for too long");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            throw new OutputRefused("无法在 " + absolute.getParent() + " 创建锁文件（" + e.getMessage()
                    + "）：请检查该目录是否可写 / cannot create the lock file");
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new OutputRefused("等待另一个构建时被中断 / interrupted while waiting for another build");
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another build in this same JVM (a preview rebuilding, say).
            return null;
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing releases the lock; nothing more to do.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel's close below releases it in any case.
        }
        close(channel);
    }
}
