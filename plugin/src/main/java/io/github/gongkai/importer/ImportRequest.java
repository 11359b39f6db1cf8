package io.github.gongkai.importer;

import java.nio.file.Path;

/**
 * What to import.
 *
 * @param source           the report: .docx, .pdf, .html/.htm, .txt or .md
 * @param siteDirectory    the site project folder holding site.yaml and bodies.yaml
 * @param bodyId           the publishing body's id in bodies.yaml
 * @param year             the report year
 * @param overwrite        whether existing files of that report may be replaced
 * @param missingAsEmpty   whether official rows the source lacks are written as empty cells
 *                         ({@code null}); without it such an import fails and writes nothing
 * @param validationReport where the check of the result writes its findings
 */
public record ImportRequest(Path source, Path siteDirectory, String bodyId, int year, boolean overwrite,
        boolean missingAsEmpty, Path validationReport) {
}
