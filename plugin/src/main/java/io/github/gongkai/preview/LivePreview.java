package io.github.gongkai.preview;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.diagnostic.OutputRefused;
import io.github.gongkai.output.SiteSnapshot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The live preview behind {@code mvn site:serve}: builds the site, serves it, and rebuilds as soon
 * as an input changes (once the files have been quiet for {@value InputWatcher#QUIET_MILLIS} ms: an
 * editor may save several), after which the open pages reload. Each build makes a new website in memory,
 * swapped in whole once built, so a page is never served from a half-built site; a build during
 * which an input was saved again is made again before it is served (it may have read a half-written file). The JVM stays
 * warm and the build takes from the last one what did not change, so an edit costs about what it
 * touches. A failed rebuild keeps the previous site served and shows its error. Knows nothing of
 * Maven; builds run one at a time on the watcher's thread.
 */
public final class LivePreview implements AutoCloseable {

    /** How many times a build is made again, unserved, because inputs changed while it ran. */
    private static final int REBUILDS_BEFORE_SERVING = 3;

    private final Path site;
    private final Function<Optional<Set<Path>>, SiteSnapshot> build;
    private final AtomicReference<SiteSnapshot> served = new AtomicReference<>(SiteSnapshot.EMPTY);
    private final BuildLog log;
    private final BuildState state = new BuildState();
    private PreviewServer server;
    private InputWatcher inputs;
    private Thread watcher;
    private volatile boolean closed;
    private String host;

    /**
     * @param site  the site project folder (its inputs are watched)
     * @param build one build of the site, given the inputs that changed since the last build (absolute
     *              paths, as the watcher saw them; empty: unknown), giving the new website; throws on failure
     * @param log   where builds and errors are reported
     */
    public LivePreview(Path site, Function<Optional<Set<Path>>, SiteSnapshot> build, BuildLog log) {
        this.site = site;
        this.build = build;
        this.log = log;
    }

    /**
     * Builds once, then serves on {@code host:port} (port 0: a free port) and starts watching.
     *
     * @return the address of the home page
     * @throws IOException when the address cannot be bound
     */
    public URI start(String host, int port) throws IOException {
        this.host = host;
        // Watched before the first build examines the inputs: an edit meanwhile is a change for the next one.
        inputs = new InputWatcher(site);
        rebuild(Optional.empty());
        server = new PreviewServer(served::get, state, host, port);
        watcher = new Thread(this::watch, "gongkai-preview-watch");
        watcher.setDaemon(true);
        watcher.start();
        return address();
    }

    /** The address of the home page. */
    public URI address() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + server.port() + "/");
    }

    /** Whether {@code host} names only this machine. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private void watch() {
        while (!closed) {
            try {
                if (inputs.await(1000)) {
                    log.info("输入已改变，重新生成 / input changed, rebuilding");
                    rebuild(inputs.takeChanges());
                }
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("监视出错 / watch error: " + e);
            }
        }
    }

    private void rebuild(Optional<Set<Path>> changes) {
        try {
            SiteSnapshot site = build.apply(changes);
            // A file saved while the build read the inputs may have been read half-written (an editor
            // paused between truncating and writing it): build again before serving, a few times at
            // most, so that a stream of saves still shows something.
            for (int again = 0; again < REBUILDS_BEFORE_SERVING && !closed && inputs.await(0); again++) {
                site = build.apply(inputs.takeChanges());
            }
            served.set(site);
            state.built();
        } catch (InputError | InvalidFigures | OutputRefused e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail("内部错误 / internal error: " + e);
        }
    }

    private void fail(String message) {
        state.failed(message);
        log.warn("生成失败，继续提供上一版站点 / build failed, the previous site is still served:\n" + message);
    }

    /** Stops watching and serving. */
    @Override
    public void close() {
        closed = true;
        if (inputs != null) {
            inputs.close();
        }
        if (watcher != null) {
            try {
                watcher.join(30_000); // let a running build finish its swap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (server != null) {
            server.close();
        }
    }
}
