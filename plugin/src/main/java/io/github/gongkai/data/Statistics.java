package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.util.List;

/**
 * The figures of one annual report, as its statistics file gives them. Pre-2019 reports have a
 * free tree of labelled figures; the national tables of 2019 and 2021 come with issue #3.
 */
public sealed interface Statistics permits Statistics.Pre2019 {

    /** The statistics file. */
    SourceLocation source();

    /**
     * The figures of a pre-2019 report.
     *
     * @param source the statistics file
     * @param items  the top-level figures in the order written
     */
    record Pre2019(SourceLocation source, List<StatisticItem> items) implements Statistics {
    }
}
