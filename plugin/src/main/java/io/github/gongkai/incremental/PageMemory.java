package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What rendering the pages ({@code render.SiteRenderer}) may take from the last build: the files
 * of a report or a list page made of what did not change, left in place. The defaults remember nothing.
 */
public interface PageMemory {

    /** The files of the report at {@code i} of the column as the last build wrote them, if they may stay. */
    default Optional<ReportFiles> keptReport(List<AnnualReport> ordered, int i) {
        return Optional.empty();
    }

    /** Remembers what this build wrote for the report at {@code i} of the column. */
    default void wroteReport(List<AnnualReport> ordered, int i, ReportFiles files) {
    }

    /**
     * Whether the list page at {@code path}, made from {@code madeOf} with {@code template}, is the
     * last build's and may stay; when not, it is remembered as this build will write it.
     */
    default boolean keepsPage(String path, String template, Object madeOf) {
        return false;
    }

    /**
     * One report's files.
     *
     * @param files       the site paths of its page and open data
     * @param searchEntry its entry in the search index, as {@link io.github.gongkai.search.SearchIndex#encode} wrote it
     */
    record ReportFiles(List<String> files, byte[] searchEntry) implements Serializable {
    }
}
