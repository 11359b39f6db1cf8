package io.github.gongkai.archive;

import io.github.gongkai.data.AnnualReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each year's 全县汇总 across the builds of one JVM (the live preview's): a year is summed again
 * only when its reports' tables are not the very objects the last sum was made of, so a figure
 * edit sums one year, not all of them. The tables of a report recalled unchanged from the last
 * build are the same objects; any report read again has new ones.
 */
public final class CountySummaries {

    private final Map<Integer, CountySummary> last = new ConcurrentHashMap<>();

    /** The summary of a year's reports (see {@link CountySummary#of(int, List)}). */
    public Optional<CountySummary> of(int year, List<AnnualReport> yearReports) {
        Optional<CountySummary> summary = CountySummary.of(year, yearReports, last.get(year));
        summary.ifPresentOrElse(s -> last.put(year, s), () -> last.remove(year));
        return summary;
    }
}
