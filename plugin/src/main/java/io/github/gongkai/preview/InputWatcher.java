package io.github.gongkai.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices a change of any input of a site project (site.yaml, bodies.yaml, reports/**, pages/**,
 * assets/**) by comparing snapshots of path, size and modification time. Polling, not
 * WatchService: it behaves the same on every OS (macOS's WatchService polls every few seconds
 * anyway), sees new folders without registering them, and a site's few hundred files are cheap
 * to list.
 */
final class InputWatcher {

    private static final List<String> FILES = List.of("site.yaml", "bodies.yaml");
    private static final List<String> FOLDERS = List.of("reports", "pages", "assets");

    private final Path site;
    private Map<String, String> last;

    /** Starts watching {@code site}; the first {@link #changed()} compares with now. */
    InputWatcher(Path site) {
        this.site = site;
        this.last = snapshot();
    }

    /** Whether an input was added, removed or modified since the last call. */
    boolean changed() {
        Map<String, String> now = snapshot();
        boolean changed = !now.equals(last);
        last = now;
        return changed;
    }

    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        for (String name : FILES) {
            add(files, site.resolve(name));
        }
        for (String name : FOLDERS) {
            Path folder = site.resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.forEach(file -> add(files, file));
            } catch (IOException | UncheckedIOException e) {
                // A file removed while listing: the next poll sees the settled state.
                files.put("?", "listing-failed-" + System.nanoTime());
            }
        }
        return files;
    }

    private void add(Map<String, String> files, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            files.put(site.relativize(file).toString(), attributes.size() + "/" + attributes.lastModifiedTime().toMillis()
                    + "/" + attributes.lastModifiedTime().toString());
        } catch (IOException e) {
            // absent (site.yaml deleted, or a file removed meanwhile): absence is part of the snapshot
        }
    }
}
