package io.github.gongkai.output;

import io.github.gongkai.content.SourceText;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the site project's own {@code assets/} folder (logos, original PDFs) as it is. */
public final class SiteAssets {

    private SiteAssets() {
    }

    /** Copies {@code projectDir/assets/**} to {@code assets/**} of the output; hidden files are skipped. */
    public static void copy(Path projectDir, SiteOutput output) {
        Path assets = projectDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
            for (Path file : files) {
                SourceText.requireInside(projectDir, file, SourceLocation.of(projectDir.relativize(file)));
                output.write("assets/" + assets.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法复制 assets/ / cannot copy assets/", e);
        }
    }
}
