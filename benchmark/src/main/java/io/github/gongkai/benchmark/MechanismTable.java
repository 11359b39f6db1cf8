package io.github.gongkai.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mechanism run's result as Markdown: for each mechanism of incremental building and the case
 * it serves, the build with everything on against the same build with that mechanism switched
 * off ({@code -Dgongkai.forget=}), and the share of the case's time it saves.
 */
final class MechanismTable {

    private MechanismTable() {
    }

    /**
     * @param pairs   each "mechanism:case" timed
     * @param samples by label: {@code on-<case>} and {@code off-<mechanism>-<case>}
     */
    static String markdown(int reports, int rounds, List<String> pairs, Map<String, List<double[]>> samples) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Incremental mechanisms: %d reports, %d round(s)%n%n", reports, rounds));
        out.append("Command: `BENCH_MECHANISMS=").append(String.join(",", pairs))
                .append(" benchmark/run ").append(reports).append(' ').append(rounds)
                .append("` with `BENCH_JVM_CONFIG='").append(System.getProperty("bench.jvmConfig", ""))
                .append("'`. In every round each case runs with everything on, then with each mechanism off, "
                        + "on the same files, one after the other; medians of wall and CPU time.\n\n");
        out.append("| case | mechanism switched off | on: wall (s) | off: wall (s) | on ÷ off, wall | on: CPU (s) "
                + "| off: CPU (s) | saves (wall) | saves (CPU) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String pair : pairs) {
            String[] parts = pair.split(":");
            List<double[]> on = samples.get("on-" + parts[1]);
            List<double[]> off = samples.get("off-" + parts[0] + "-" + parts[1]);
            double onWall = ResultsTable.median(on, 0);
            double offWall = ResultsTable.median(off, 0);
            double onCpu = ResultsTable.median(on, 2);
            double offCpu = ResultsTable.median(off, 2);
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f %% | %.0f %% |%n",
                    parts[1], parts[0], onWall, offWall, onWall / offWall, onCpu, offCpu, 100 * (1 - onWall / offWall),
                    100 * (1 - onCpu / offCpu)));
        }
        out.append("\n## Machine\n\n```\n").append(ResultsTable.machine()).append("```\n");
        return out.toString();
    }
}
