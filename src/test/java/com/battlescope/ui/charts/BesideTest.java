package com.battlescope.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartSeries;
import org.junit.jupiter.api.Test;

/** Side-by-side bars: 80 % of a category's slot shared by the series, the values untouched. */
class BesideTest {
    @Test
    void twoSeriesSitAFifthLeftAndRightOfTheirCategory() {
        ChartSeries s = new ChartSeries("a", "#000000", new double[] {0, 3}, new double[] {5, -1});
        assertThat(ChartFactory.beside(s, 0, 2).x()).containsExactly(new double[] {-0.2, 2.8}, within(1e-12));
        assertThat(ChartFactory.beside(s, 1, 2).x()).containsExactly(new double[] {0.2, 3.2}, within(1e-12));
        assertThat(ChartFactory.beside(s, 1, 2).y()).containsExactly(5.0, -1.0);
        assertThat(ChartFactory.beside(s, 0, 1).x()).containsExactly(0.0, 3.0);
    }
}
