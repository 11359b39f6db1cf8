package io.github.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.pipeline.SiteGenerator;
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
