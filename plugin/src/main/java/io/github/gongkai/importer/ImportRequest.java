package io.github.gongkai.importer;

import java.nio.file.Path;

/**
 * What to import.
 *
 * @param source           the legacy report, plain text or Markdown (.md)
 * @param siteDirectory    the site project folder holding site.yaml and bodies.yaml
 * @param bodyId           the publishing body's id in bodies.yaml
 * @param year             the report year
 * @param overwrite        whether existing files of that report may be replaced
 * @param validationReport where the check of the result writes its findings
 */
public record ImportRequest(Path source, Path siteDirectory, String bodyId, int year, boolean overwrite,
        Path validationReport) {
}
