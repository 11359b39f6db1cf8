package io.github.gongkai.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 更新日志: how an update in place ({@link SiteOutput#update}) puts its few changed files into the
 * website without copying or linking the thousands that stay. The files are written aside first;
 * then this journal, beside the site ({@code .<site>-journal}), names what is to be moved in and
 * what removed, and only then is the website touched. A build killed while it moves the files
 * leaves the journal, which the next build finishes before anything else ({@link #finish}): the
 * website ends as the killed build meant it, never half old and half new for longer than that.
 */
final class SiteJournal {

    private static final String MOVE = "M\t";
    private static final String DELETE = "D\t";

    private SiteJournal() {
    }

    /** The journal of the site folder {@code target}. */
    static Path of(Path target) {
        return target.resolveSibling("." + target.getFileName() + "-journal");
    }

    /**
     * Moves {@code changed} from {@code staging} into {@code target}, removes {@code removed} from it
     * (and the folders that leaves empty), then deletes the staging folder.
     */
    static void apply(Path target, Path staging, Set<String> changed, Set<String> removed) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(staging.getFileName().toString());
        new TreeSet<>(removed).forEach(path -> lines.add(DELETE + path));
        new TreeSet<>(changed).forEach(path -> lines.add(MOVE + path));
        AtomicFiles.replace(of(target), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        finish(target);
    }

    /** Finishes what the journal beside {@code target} names, if there is one; doing it twice does no harm. */
    static void finish(Path target) throws IOException {
        Path journal = of(target);
        if (!Files.exists(journal)) {
            return;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        // The first line names this site's staging folder and nothing else: a journal damaged by
        // hand must not lead the build to move or delete anything elsewhere.
        String ours = "." + target.getFileName() + "-new-";
        if (lines.isEmpty() || !lines.get(0).startsWith(ours) || lines.get(0).contains("/")
                || lines.get(0).contains("\\") || lines.get(0).contains("..")) {
            throw new IOException("网站目录旁的更新日志 " + journal + " 已损坏：请删除它，再运行 mvn clean site:generate"
                    + " / the update journal is damaged: delete it and build from clean");
        }
        Path staging = target.resolveSibling(lines.get(0));
        List<Path> emptied = new ArrayList<>();
        // Removals first: a file may give way to a folder of the same name, and a folder to a file.
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(DELETE)) {
                Path file = SiteOutput.inside(target, line.substring(DELETE.length()));
                Files.deleteIfExists(file);
                emptied.add(file.getParent());
            }
        }
        removeEmpty(target, emptied);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(MOVE)) {
                String path = line.substring(MOVE.length());
                Path from = SiteOutput.inside(staging, path);
                if (Files.exists(from)) {
                    Path to = SiteOutput.inside(target, path);
                    Files.createDirectories(to.getParent());
                    SiteOutput.move(from, to);
                }
            }
        }
        SiteOutput.deleteTree(staging);
        Files.delete(journal);
    }

    /** Removes each folder of {@code folders} that is empty, and its parents that then are, up to the site. */
    private static void removeEmpty(Path target, List<Path> folders) throws IOException {
        for (Path folder : folders.stream().distinct().sorted(Comparator.reverseOrder()).toList()) {
            for (Path f = folder; f != null && f.startsWith(target) && !f.equals(target); f = f.getParent()) {
                try {
                    Files.deleteIfExists(f);
                } catch (DirectoryNotEmptyException e) {
                    break;
                }
            }
        }
    }
}
