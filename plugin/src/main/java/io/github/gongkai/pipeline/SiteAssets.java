package io.github.gongkai.pipeline;

import io.github.gongkai.content.SourceText;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.output.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Copies the site project's own {@code assets/} folder (logos, original PDFs) as it is. */
final class SiteAssets {

    private SiteAssets() {
    }

    /** Copies {@code projectDir/assets/**} to {@code assets/**} of the output, streamed; hidden files and folders are skipped. */
    static void copy(Path projectDir, SiteWriter output) {
        Path assets = projectDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            // Hidden files and everything in hidden folders (.git, .svn, .DS_Store) stay unpublished.
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> StreamSupport.stream(assets.relativize(f).spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith(".")))
                    .sorted()
                    .toList();
            for (Path file : files) {
                SourceText.requireInside(projectDir, file, SourceLocation.of(projectDir.relativize(file)));
                output.copy("assets/" + assets.relativize(file).toString().replace('\\', '/'), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法复制 assets/ / cannot copy assets/", e);
        }
    }
}
