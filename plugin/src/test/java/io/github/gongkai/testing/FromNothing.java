package io.github.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.output.SiteSnapshot;
import io.github.gongkai.pipeline.SiteGenerator;
import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The check every incremental-build test ends with: the website equals a build from nothing. */
public final class FromNothing {

    private FromNothing() {
    }

    /**
     * Builds {@code project} without a cache into {@code fresh}; its files and folders must be
     * those of {@code site}, byte for byte (an updated site keeps no folder a new one lacks).
     */
    public static void assertSameSite(Path project, Path site, Path fresh) throws IOException {
        new SiteGenerator(BuildLog.silent(), FromNothing.class.getClassLoader(), true).generate(project, fresh);
        assertEquals(entries(fresh), entries(site));
        for (Path file : files(fresh)) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(site.resolve(file)),
                    file.toString());
        }
    }

    /**
     * Builds {@code project} without a cache into {@code fresh}; its files must be those of the
     * website held in memory {@code site}, byte for byte (the folder's marker file aside).
     */
    public static void assertSameSite(Path project, SiteSnapshot site, Path fresh) throws IOException {
        new SiteGenerator(BuildLog.silent(), FromNothing.class.getClassLoader(), true).generate(project, fresh);
        List<String> written = files(fresh).stream().map(file -> file.toString().replace('\\', '/'))
                .filter(file -> !file.equals(OutputFolders.SITE_MARKER)).sorted().toList();
        assertEquals(written, List.copyOf(site.paths()));
        for (String file : written) {
            try (InputStream in = site.file(file).orElseThrow().open()) {
                assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), in.readAllBytes(), file);
            }
        }
    }

    private static List<Path> entries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(root::relativize).sorted().toList();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
