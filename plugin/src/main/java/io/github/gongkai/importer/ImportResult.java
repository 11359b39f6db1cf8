package io.github.gongkai.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import wrote and what a person must still check.
 *
 * @param narrative  the narrative file written
 * @param statistics the statistics file written
 * @param unplaced   what the rules could not place, with source line numbers
 * @param invalid    why the site with the imported report does not pass the checks, if it does not
 */
public record ImportResult(Path narrative, Path statistics, List<Unplaced> unplaced, Optional<String> invalid) {
}
