package io.github.gongkai.incremental;

import io.github.gongkai.incremental.SiteFingerprint.InputFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The site project's files as this build examined them ({@link SiteFingerprint#inputs}): a file
 * unchanged since the last build has the hash that build took, without being read again.
 */
final class ExaminedFiles implements NarrativeFiles {

    private final Path projectDir;
    private final Map<String, InputFile> byPath = new HashMap<>();

    ExaminedFiles(Path projectDir, SiteFingerprint.Inputs inputs) {
        this.projectDir = projectDir;
        inputs.files().forEach(file -> byPath.put(file.path(), file));
    }

    @Override
    public Optional<String> sha256(Path file) {
        return Optional.ofNullable(byPath.get(key(file))).map(InputFile::sha256);
    }

    @Override
    public boolean unchanged(Path file) {
        InputFile examined = byPath.get(key(file));
        return examined != null && SiteFingerprint.unchanged(projectDir, examined);
    }

    /** The examined files are named relative to the project, with / separators. */
    private static String key(Path file) {
        return file.toString().replace('\\', '/');
    }
}
