package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.archive.BodyTrends;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLayoutTest {

    @Test
    void theScaleIsARoundNumberAtOrAboveTheLargestFigure() {
        assertEquals(4, ChartLayout.niceCeiling(BigDecimal.ZERO));
        assertEquals(4, ChartLayout.niceCeiling(BigDecimal.valueOf(3)));
        assertEquals(8, ChartLayout.niceCeiling(BigDecimal.valueOf(5)));
        assertEquals(40, ChartLayout.niceCeiling(BigDecimal.valueOf(26)));
        assertEquals(200, ChartLayout.niceCeiling(BigDecimal.valueOf(120)));
        assertEquals(4000, ChartLayout.niceCeiling(new BigDecimal("3999.5")));
    }

    @Test
    void barHeightsAreProportionalAndStandOnTheBaseline() {
        BodyTrends.Chart chart = new BodyTrends.Chart("申请", List.of(2020, 2021), List.of(
                new BodyTrends.Series("新收", List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(40)))));

        ChartLayout.ChartView view = ChartLayout.layout("c", chart);

        ChartLayout.Bar small = view.groups().get(0).bars().get(0);
        ChartLayout.Bar large = view.groups().get(1).bars().get(0);
        assertEquals(view.plotBottom() - view.plotTop(), large.height(), "40 of a 40 scale fills the plot");
        assertEquals(large.height() / 2, small.height());
        assertEquals(view.plotBottom(), small.y() + small.height());
        assertEquals(List.of("0", "10", "20", "30", "40"), view.ticks().stream().map(ChartLayout.Tick::label).toList());
        assertEquals(List.of(new ChartLayout.TableRow("新收", List.of("20", "40"))), view.rows());
    }

    @Test
    void anEmptyFigureDrawsNoBarAndTheTableSaysItWasLeftEmpty() {
        BodyTrends.Chart chart = new BodyTrends.Chart("申请", List.of(2020, 2021), List.of(
                new BodyTrends.Series("新收", java.util.Arrays.asList(null, BigDecimal.valueOf(40)))));

        ChartLayout.ChartView view = ChartLayout.layout("c", chart);

        assertEquals(List.of(), view.groups().get(0).bars(), "a gap, not a bar of 0");
        assertEquals(1, view.groups().get(1).bars().size());
        assertEquals(List.of(new ChartLayout.TableRow("新收", List.of("（留空）", "40"))), view.rows());
    }
}
