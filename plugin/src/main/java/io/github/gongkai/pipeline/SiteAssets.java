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
        Path link = projectDir.resolve("assets");
        if (!Files.isDirectory(link)) {
            return;
        }
        Path assets = link;
        try {
            if (Files.isSymbolicLink(link)) {
                // A walk does not follow the link and would publish nothing, silently: walked where it
                // leads when that is inside the project, refused by name when outside.
                SourceText.requireInside(projectDir, link, SourceLocation.of(Path.of("assets")));
                assets = link.toRealPath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 assets/ / cannot read assets/", e);
        }
        copy(projectDir, assets, output);
    }

    private static void copy(Path projectDir, Path assets, SiteWriter output) {
        try (Stream<Path> walk = Files.walk(assets)) {
            // Hidden files and everything in hidden folders (.git, .svn, .DS_Store) stay unpublished.
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> StreamSupport.stream(assets.relativize(f).spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith(".")))
                    .sorted()
                    .toList();
            for (Path file : files) {
                String path = "assets/" + assets.relativize(file).toString().replace('\\', '/');
                SourceText.requireInside(projectDir, file, SourceLocation.of(Path.of(path)));
                output.copy(path, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法复制 assets/ / cannot copy assets/", e);
        }
    }
}
