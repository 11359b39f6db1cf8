package io.github.gongkai.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.github.gongkai.output.OutputFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Notices a change of any input of a site project (site.yaml, bodies.yaml, reports/**, assets/**,
 * theme/**, pages/**) with the JDK's WatchService (inotify on Linux), so that an edit is seen as
 * it is saved rather than at the next poll. Every folder of the inputs is registered, and a new
 * folder as it appears; when the system drops events (overflow) every folder is registered anew
 * and the change counts, so that nothing is missed. It also tells which paths changed
 * ({@link #takeChanges}), so that a build need not examine every input, unless that set may be
 * incomplete: events lost, or a symbolic link among the inputs (its target changes unseen).
 */
final class InputWatcher implements AutoCloseable {

    private static final Set<String> FILES = Set.of("site.yaml", "bodies.yaml");
    /**
     * How long the inputs must be quiet before a change is reported: one save is often several
     * events (write, then times) a few ms apart, and an editor may save several files.
     */
    static final long QUIET_MILLIS = 50;
    private static final Set<String> FOLDERS = folders();

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The inputs events named since {@link #takeChanges}. */
    private final Set<Path> changes = new HashSet<>();
    /** Whether {@link #changes} may lack a change: events were lost or a link was met since {@link #takeChanges}. */
    private boolean incomplete;
    /**
     * Whether an input may change unseen: a symbolic link among them (its target changes without an
     * event here) or a folder that could not be watched. Then every build examines every input.
     */
    private boolean blind;

    /** Starts watching {@code site}; the first {@link #changed()} reports what changed from now on. */
    InputWatcher(Path site) {
        this.site = site.toAbsolutePath().normalize();
        try {
            this.service = this.site.getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registerAll();
    }

    /** Whether an input was added, removed or modified since the last call (waiting a moment for the events). */
    boolean changed() {
        return await(100);
    }

    /**
     * Waits up to {@code millis} for a change of an input, then until no event came for
     * {@value #QUIET_MILLIS} ms, taking every event, so that a save (or a burst of saves) is one change.
     *
     * @return whether an input changed
     */
    boolean await(long millis) {
        boolean changed = false;
        try {
            WatchKey key = service.poll(millis, TimeUnit.MILLISECONDS);
            while (key != null) {
                changed |= take(key);
                key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return changed;
    }

    /**
     * The inputs (absolute paths) that events named since the last call, files or folders, some
     * perhaps gone again; empty when that set may be incomplete, and the build must examine every input.
     */
    Optional<Set<Path>> takeChanges() {
        Optional<Set<Path>> taken = incomplete || blind ? Optional.empty() : Optional.of(Set.copyOf(changes));
        changes.clear();
        incomplete = false;
        return taken;
    }

    private boolean take(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                // Events were lost: what changed is unknown, so every folder is watched anew.
                incomplete = true;
                registerAll();
                return true;
            }
            Path file = folder.resolve((Path) event.context());
            if (!isInput(file)) {
                continue;
            }
            changed = true;
            changes.add(file);
            if (event.kind() == ENTRY_CREATE) {
                blind |= Files.isSymbolicLink(file);
                if (Files.isDirectory(file)) {
                    register(file);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return changed;
    }

    private boolean isInput(Path file) {
        Path relative = site.relativize(file);
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? FILES.contains(first) || FOLDERS.contains(first) : FOLDERS.contains(first);
    }

    private void registerAll() {
        folders.keySet().forEach(WatchKey::cancel);
        folders.clear();
        blind = FILES.stream().anyMatch(name -> Files.isSymbolicLink(site.resolve(name)));
        watch(site);
        for (String name : FOLDERS) {
            register(site.resolve(name));
        }
    }

    /** Watches {@code root} and every folder below it. */
    private void register(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> {
                blind |= Files.isSymbolicLink(path);
                return Files.isDirectory(path);
            }).forEach(this::watch);
        } catch (IOException | UncheckedIOException e) {
            // A folder removed while listing (its removal is an event of its parent), or one unreadable.
            blind |= Files.isDirectory(root);
        }
    }

    private void watch(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        } catch (IOException e) {
            // Removed meanwhile (its removal is an event of its parent), or the system's limit of watches reached.
            blind |= Files.isDirectory(folder);
        }
    }

    private static Set<String> folders() {
        Set<String> names = new LinkedHashSet<>();
        OutputFolders.INPUTS.stream().filter(name -> !FILES.contains(name)).forEach(names::add);
        names.addAll(List.of("pages"));
        return Set.copyOf(names);
    }

    /** Stops watching. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing is left to watch either way.
        }
    }
}
