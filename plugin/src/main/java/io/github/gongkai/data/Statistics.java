package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;
import java.util.List;

/**
 * The figures of one annual report, as its statistics file gives them. Pre-2019 reports have a
 * free tree of labelled figures; reports of 2019 on have the national tables 二、三、四.
 */
public sealed interface Statistics permits Statistics.Pre2019, Statistics.National {

    /** The statistics file. */
    SourceLocation source();

    /**
     * The figures of a pre-2019 report.
     *
     * @param source       the statistics file
     * @param items        the top-level figures in the order written
     * @param acknowledged ids of hard-invariant violations the published original contains
     */
    record Pre2019(SourceLocation source, List<StatisticItem> items, List<String> acknowledged)
            implements Serializable, Statistics {
    }

    /**
     * The national tables of a 2019- or 2021-format report.
     *
     * @param source       the statistics file
     * @param format       {@link ReportFormat#V2019} or {@link ReportFormat#V2021}
     * @param proactive    table 二
     * @param applications table 三
     * @param reviews      table 四
     * @param acknowledged ids of hard-invariant violations the published original contains
     */
    record National(SourceLocation source, ReportFormat format, ProactiveTable proactive,
            ApplicationTable applications, ReviewTable reviews, List<String> acknowledged)
            implements Serializable, Statistics {
    }
}
