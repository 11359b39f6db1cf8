package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.validate.Finding;
import io.github.gongkai.validate.ReportValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading and checking the reports ({@code content.SiteLoader}, {@code validate.SiteValidator})
 * may take from an earlier build: a report read from the same files, and its findings. The
 * defaults remember nothing.
 */
public interface LoadingMemory {

    /** The report of body {@code id} for {@code year} as an earlier build read it from the same files. */
    default Optional<Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        return Optional.empty();
    }

    /** A report this build read from its files, with the warnings its reading gave. */
    default void read(AnnualReport report, List<String> warnings) {
    }

    /** The report's own findings (B1–B7, C1, P1, A4): kept for unchanged files, else found now. */
    default List<Finding> findings(AnnualReport report) {
        return ReportValidator.check(report);
    }

    /**
     * A report read by an earlier build.
     *
     * @param report   the report
     * @param warnings the warnings its reading gave
     */
    record Recalled(AnnualReport report, List<String> warnings) {
    }
}
