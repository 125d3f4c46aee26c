package com.battlescope.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickFormatTest {
    /** 2025-01-06 10:30:15 as written, in epoch seconds. */
    private static final double T = 1736157600 + 30 * 60 + 15;
    /** 2025-01-06 00:00:00. */
    private static final double MIDNIGHT = 1736121600;

    @Test
    void timeTicksShowDaysWhenZoomedOutAndMinutesOrSecondsWhenZoomedIn() {
        assertThat(TimeTickFormat.format(MIDNIGHT, 30 * 86400)).isEqualTo("2025-01-06");
        assertThat(TimeTickFormat.format(MIDNIGHT, 4 * 86400)).isEqualTo("2025-01-06");
        assertThat(TimeTickFormat.format(T, 30 * 86400)).isEqualTo("01-06 10:30");
        assertThat(TimeTickFormat.format(T, 2 * 86400)).isEqualTo("01-06 10:30");
        assertThat(TimeTickFormat.format(T, 3600)).isEqualTo("01-06 10:30");
        assertThat(TimeTickFormat.format(T, 120)).isEqualTo("10:30:15");
        // five days with ticks 12 h apart: the noon tick says its time, or each date would stand twice
        assertThat(TimeTickFormat.format(MIDNIGHT, 5 * 86400)).isEqualTo("2025-01-06");
        assertThat(TimeTickFormat.format(MIDNIGHT + 12 * 3600, 5 * 86400)).isEqualTo("01-06 12:00");
    }

    @Test
    void timeTicksAreTheTimesAsWrittenWithoutAShift() {
        assertThat(TimeTickFormat.time(T + 0.532113).toString()).isEqualTo("2025-01-06T10:30:15.532113");
        assertThat(TimeTickFormat.time(1736121600 - 0.5).toString()).isEqualTo("2025-01-05T23:59:59.500");
    }

    @Test
    void numberTicksUseSeparatorsAndTheDecimalsOfTheTickSpacing() {
        assertThat(NumberTickFormat.format(103500, 500)).isEqualTo("103,500");
        assertThat(NumberTickFormat.format(-0.75, 0.25)).isEqualTo("-0.75");
        assertThat(NumberTickFormat.format(-1.5, 0.5)).isEqualTo("-1.5");
        assertThat(NumberTickFormat.format(2, 0.5)).isEqualTo("2.0");
        assertThat(NumberTickFormat.format(-0.0, 0.1)).isEqualTo("0.0");
        assertThat(NumberTickFormat.decimals(0.2)).isEqualTo(1);
        assertThat(NumberTickFormat.decimals(0.05)).isEqualTo(2);
        assertThat(NumberTickFormat.decimals(1e-9)).isEqualTo(6);
    }

    @Test
    void rankTicksAreWholeNumbers() {
        assertThat(ChartFactory.integerTickUnit(0.2)).isEqualTo(1);
        assertThat(ChartFactory.integerTickUnit(1.3)).isEqualTo(2);
        assertThat(ChartFactory.integerTickUnit(3)).isEqualTo(5);
        assertThat(ChartFactory.integerTickUnit(7)).isEqualTo(10);
        assertThat(ChartFactory.integerTickUnit(11)).isEqualTo(20);
    }
}
