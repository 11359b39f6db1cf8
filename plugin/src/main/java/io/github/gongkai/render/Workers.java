package io.github.gongkai.render;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build's worker threads: daemons (a failed build never keeps Maven's JVM alive) carrying the
 * caller's context class loader, which JRuby and the theme lookup use.
 */
final class Workers implements ThreadFactory {

    private final String name;
    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();
    private final AtomicInteger count = new AtomicInteger();

    private Workers(String name) {
        this.name = name;
    }

    /** A pool of {@code threads} workers named {@code name-1}, {@code name-2}, … */
    static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), new Workers(name));
    }

    /** Runs each task it is given on a new thread named {@code name}, for one long task such as an engine's start. */
    static Executor thread(String name) {
        return task -> new Workers(name).newThread(task).start();
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        return thread;
    }

    /** The task's result; what it threw is thrown here as it was (an input error stays one). */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
