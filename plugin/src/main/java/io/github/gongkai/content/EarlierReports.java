package io.github.gongkai.content;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 已读取的年报: reports an earlier build read, so that a report whose files did not change is not
 * parsed again. What counts as unchanged (the files' content, bodies.yaml, the code) is the
 * implementation's to decide.
 */
public interface EarlierReports {

    /** Nothing remembered: every report is read from its files. */
    EarlierReports NONE = new EarlierReports() {
        @Override
        public Optional<ReportCodec.Decoded> recall(int year, String id, Map<String, PublishingBody> bodies) {
            return Optional.empty();
        }

        @Override
        public void read(AnnualReport report, List<String> warnings) {
        }
    };

    /**
     * The report of body {@code id} for {@code year} as an earlier build read it from the same
     * files, with the warnings its reading gave, or empty.
     */
    Optional<ReportCodec.Decoded> recall(int year, String id, Map<String, PublishingBody> bodies);

    /** A report this build read from its files, with the warnings its reading gave. */
    void read(AnnualReport report, List<String> warnings);
}
