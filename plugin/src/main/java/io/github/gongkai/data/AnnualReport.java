package io.github.gongkai.data;

import java.io.Serializable;
import java.util.Optional;

/**
 * One 政府信息公开工作年度报告: a body's report for one year, with its narrative, its figures,
 * or both.
 *
 * @param year       report (statistics) year
 * @param body       the publishing body
 * @param format     format generation
 * @param metadata   title, dates, numbers
 * @param narrative  the text, absent for a data-only report
 * @param statistics the figures, absent for a narrative-only report
 */
public record AnnualReport(
        int year,
        PublishingBody body,
        ReportFormat format,
        ReportMetadata metadata,
        Optional<Narrative> narrative,
        Optional<Statistics> statistics) implements Serializable {

    /** The body's full name in the report year (发布机构). */
    public String publisher() {
        return body.nameIn(year);
    }
}
