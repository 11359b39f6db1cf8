package io.github.gongkai.incremental;

import io.github.gongkai.incremental.SiteFingerprint.Found;
import io.github.gongkai.incremental.SiteFingerprint.InputFile;
import io.github.gongkai.incremental.SiteFingerprint.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 预览: the inputs examined again only where a watcher saw a change, instead of every file of the
 * site project being listed and its size and time read ({@link SiteFingerprint#inputs}). Only a
 * change it can follow exactly is taken: a file edited, added or removed. A folder that appeared,
 * was removed or changed, or anything it cannot tell, gives nothing, and the caller examines every file.
 */
final class WatchedInputs {

    private WatchedInputs() {
    }

    /**
     * The inputs of {@code projectDir}: {@code before} with the files {@code changed} names
     * (relative to the project, / separators) examined again, or empty when only examining every
     * file can tell.
     */
    static Optional<Inputs> update(Path projectDir, Inputs before, Collection<String> changed) {
        if (!before.unreadable().isEmpty()) {
            return Optional.empty(); // what a retry of an unreadable folder finds is for the walk to say
        }
        Path root = projectDir.toAbsolutePath().normalize();
        TreeMap<String, InputFile> files = new TreeMap<>();
        before.files().forEach(file -> files.put(file.path(), file));
        for (String path : changed) {
            if (!isInput(path)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(root.resolve(path), BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                attributes = null;
            } catch (IOException e) {
                return Optional.empty();
            }
            if (attributes != null && attributes.isDirectory() || holdsFiles(files, path)) {
                return Optional.empty(); // a folder: what is in it now only a walk can say
            }
            if (attributes != null && attributes.isRegularFile()) {
                files.put(path, SiteFingerprint.read(root, Found.of(path, attributes)));
            } else {
                files.remove(path); // gone, or no regular file: the walk leaves it out too
            }
        }
        // The earliest examination stays: files examined then keep its margin for a coarse clock. No
        // digest: over ~2,000 files it costs a few ms, and the preview keys nothing by it.
        return Optional.of(new Inputs("", before.hashedAt(), List.copyOf(files.values()), before.unreadable()));
    }

    /** Whether {@code path} is one the walk examines: under an input of the project, and nowhere hidden. */
    private static boolean isInput(String path) {
        String[] names = path.split("/");
        if (!SiteFingerprint.SITE_FILES.contains(names[0])) {
            return false;
        }
        for (String name : names) {
            if (name.isEmpty() || SiteFingerprint.hidden(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path} was a folder holding examined files. */
    private static boolean holdsFiles(TreeMap<String, InputFile> files, String path) {
        String below = files.ceilingKey(path + "/");
        return below != null && below.startsWith(path + "/");
    }
}
