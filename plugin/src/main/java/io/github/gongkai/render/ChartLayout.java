package io.github.gongkai.render;

import java.io.Serializable;
import io.github.gongkai.archive.BodyTrends;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a body's chart as a grouped bar chart (one group per year, one bar per series) in
 * SVG user units, so the theme's template only draws what is computed here. Bars are read from
 * their value labels and the table beside the chart; nothing needs JavaScript.
 */
public final class ChartLayout {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 40;
    private static final int BOTTOM = 34;
    private static final int TICKS = 4;
    /** What the table under a chart says for a figure the report left empty. */
    static final String EMPTY = "（留空）";

    private ChartLayout() {
    }

    /**
     * A chart ready to draw.
     *
     * @param id      unique id on the page (for aria-labelledby)
     * @param title   its title
     * @param width   viewBox width
     * @param height  viewBox height
     * @param plotTop y of the plot's top edge
     * @param plotBottom y of the plot's baseline
     * @param plotLeft x of the plot's left edge
     * @param plotRight x of the plot's right edge
     * @param ticks   the y-axis grid lines
     * @param groups  one group of bars per year
     * @param legend  one entry per series
     * @param years   the years, for the table
     * @param rows    the table's rows: a series name and its figures
     */
    public record ChartView(String id, String title, int width, int height, int plotTop, int plotBottom, int plotLeft,
            int plotRight, List<Tick> ticks, List<Group> groups, List<Legend> legend, List<Integer> years,
            List<TableRow> rows) implements Serializable {
    }

    /**
     * A y-axis grid line.
     *
     * @param y     its y
     * @param label the figure it marks
     */
    public record Tick(int y, String label) implements Serializable {
    }

    /**
     * One year's bars.
     *
     * @param label  the year as printed
     * @param labelX x of the label's centre
     * @param bars   one bar per series
     */
    public record Group(String label, int labelX, List<Bar> bars) implements Serializable {
    }

    /**
     * One bar.
     *
     * @param series its series' index (the CSS class series-N colours it)
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height
     * @param value  the figure as printed
     * @param labelY y of the figure printed above the bar
     */
    public record Bar(int series, int x, int y, int width, int height, String value, int labelY)
            implements Serializable {
    }

    /**
     * A legend entry.
     *
     * @param series the series' index
     * @param name   what the series counts
     * @param x      left edge of its swatch
     * @param y      top edge of its swatch
     */
    public record Legend(int series, String name, int x, int y) implements Serializable {
    }

    /**
     * A row of the table that says what the chart shows.
     *
     * @param name   the series
     * @param values its figures, one per year
     */
    public record TableRow(String name, List<String> values) implements Serializable {
    }

    static ChartView layout(String id, BodyTrends.Chart chart) {
        BigDecimal max = chart.series().stream().flatMap(s -> s.values().stream())
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::max);
        long scale = niceCeiling(max);
        int plotBottom = HEIGHT - BOTTOM;
        int plotHeight = plotBottom - TOP;
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= TICKS; t++) {
            long value = scale * t / TICKS;
            ticks.add(new Tick(plotBottom - (int) Math.round(plotHeight * (double) t / TICKS), Long.toString(value)));
        }
        int seriesCount = chart.series().size();
        int years = chart.years().size();
        double slot = (double) (WIDTH - LEFT - RIGHT) / years;
        int barWidth = (int) Math.max(4, Math.min(28, slot * 0.8 / seriesCount));
        List<Group> groups = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            double center = LEFT + slot * (y + 0.5);
            int start = (int) Math.round(center - barWidth * seriesCount / 2.0);
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < seriesCount; s++) {
                BigDecimal value = chart.series().get(s).values().get(y);
                if (value == null) {
                    continue; // the report left the figure empty: a gap, not a bar of 0
                }
                int height = (int) Math.round(plotHeight * value.doubleValue() / scale);
                bars.add(new Bar(s, start + s * barWidth, plotBottom - height, barWidth, height,
                        value.stripTrailingZeros().toPlainString(), plotBottom - height - 3));
            }
            groups.add(new Group(chart.years().get(y) + "年", (int) Math.round(center), List.copyOf(bars)));
        }
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            legend.add(new Legend(s, chart.series().get(s).name(), LEFT + s * 190, 14));
        }
        List<TableRow> rows = chart.series().stream()
                .map(s -> new TableRow(s.name(), s.values().stream()
                        .map(v -> v == null ? EMPTY : v.stripTrailingZeros().toPlainString()).toList()))
                .toList();
        return new ChartView(id, chart.title(), WIDTH, HEIGHT, TOP, plotBottom, LEFT, WIDTH - RIGHT,
                List.copyOf(ticks), List.copyOf(groups), List.copyOf(legend), chart.years(), rows);
    }

    /** The smallest 1, 2 or 5 × 10ⁿ per tick, times the tick count, at or above {@code max}. */
    static long niceCeiling(BigDecimal max) {
        // Integer steps only: the output must be byte-identical on every JDK (no Math.log10).
        long perTick = Math.max(1, max.divide(BigDecimal.valueOf(TICKS), 0, java.math.RoundingMode.CEILING)
                .longValueExact());
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * magnitude >= perTick) {
                    return step * magnitude * TICKS;
                }
            }
        }
    }
}
