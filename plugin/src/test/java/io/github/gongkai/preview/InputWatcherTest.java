package io.github.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a change of a site's inputs. */
class InputWatcherTest {

    @TempDir
    Path site;

    @Test
    void editsAdditionsAndRemovalsOfInputsAreChangesOthersAreNot() throws IOException {
        Files.writeString(site.resolve("site.yaml"), "siteName: a\n");
        Files.createDirectories(site.resolve("reports/2018"));
        Path report = Files.writeString(site.resolve("reports/2018/a.adoc"), "= A\n");
        InputWatcher watcher = new InputWatcher(site);
        assertFalse(watcher.changed());
        Files.createDirectories(site.resolve("theme/templates"));
        assertTrue(watcher.changed(), "a theme folder is an input");
        Files.writeString(site.resolve("theme/templates/page.ftlh"), "x");
        assertTrue(watcher.changed(), "and a file in it, as soon as the folder appeared");

        Files.writeString(report, "= B\n"); // same size: the modification time tells
        Files.setLastModifiedTime(report, FileTime.fromMillis(Files.getLastModifiedTime(report).toMillis() + 2000));
        assertTrue(watcher.changed());
        assertFalse(watcher.changed(), "a change is reported once");

        Files.createDirectories(site.resolve("pages/about"));
        Files.writeString(site.resolve("pages/about/index.md"), "x");
        assertTrue(watcher.changed(), "a file in a new folder");

        Files.delete(site.resolve("site.yaml"));
        assertTrue(watcher.changed(), "a removed file");

        Files.createDirectories(site.resolve("target/site"));
        Files.writeString(site.resolve("target/site/index.html"), "built");
        Files.writeString(site.resolve("notes.txt"), "not an input");
        assertFalse(watcher.changed(), "the build's own output and other files are not inputs");
        watcher.close();
    }

    @Test
    void namesWhatChangedUnlessEventsWereLostOrALinkCouldHideAChange() throws IOException {
        Files.createDirectories(site.resolve("reports/2018"));
        Path report = Files.writeString(site.resolve("reports/2018/a.md"), "a");
        InputWatcher watcher = new InputWatcher(site);
        Files.writeString(report, "b");
        Files.writeString(site.resolve("reports/2018/.a.md.swp"), "x");
        assertTrue(watcher.changed());
        assertEquals(Optional.of(Set.of(report, site.resolve("reports/2018/.a.md.swp"))), watcher.takeChanges(),
                "every input path named, a hidden one too (the build leaves it out)");
        assertEquals(Optional.of(Set.of()), watcher.takeChanges(), "taken once");

        Files.createDirectories(site.resolve("reports/2019/new"));
        assertTrue(watcher.changed());
        assertEquals(Optional.of(Set.of(site.resolve("reports/2019"))), watcher.takeChanges(),
                "a new folder, not what it held before it was watched: the build examines it whole");

        // More events than the JDK keeps for one folder before it reports an overflow.
        for (int i = 0; i < 600; i++) {
            Files.writeString(site.resolve("reports/2018/b" + i + ".md"), "b");
        }
        assertTrue(watcher.changed());
        assertEquals(Optional.empty(), watcher.takeChanges(), "events lost: what changed is unknown");
        Files.writeString(report, "c");
        assertTrue(watcher.changed());
        assertEquals(Optional.of(Set.of(report)), watcher.takeChanges(), "known again after the next change");

        Files.createSymbolicLink(site.resolve("reports/2018/link.md"), report);
        assertTrue(watcher.changed());
        assertEquals(Optional.empty(), watcher.takeChanges(), "a link: its target may change unseen");
        Files.writeString(report, "d");
        assertTrue(watcher.changed());
        assertEquals(Optional.empty(), watcher.takeChanges(), "and stays so while it is watched");
        watcher.close();
    }
}
