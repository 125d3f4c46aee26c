package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void percentagesHaveTwoDecimalsAndThousandsSeparators() {
        assertThat(Cells.pct(12.5)).isEqualTo("12.50%");
        assertThat(Cells.pct(-0.37291999)).isEqualTo("-0.37%");
        assertThat(Cells.pct(1234.567)).isEqualTo("1,234.57%");
        assertThat(Cells.pct(-0.001)).isEqualTo("0.00%");
    }

    @Test
    void moneyPutsTheSignBeforeTheDollar() {
        assertThat(Cells.money(100324.28)).isEqualTo("$100,324.28");
        assertThat(Cells.money(-1234.5)).isEqualTo("-$1,234.50");
        assertThat(Cells.money(-0.004)).isEqualTo("$0.00");
    }

    @Test
    void infiniteIsInfinityAndMissingIsADash() {
        assertThat(Cells.ratio(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Cells.ratio(null)).isEqualTo("—");
        assertThat(Cells.pct(Double.NaN)).isEqualTo("—");
        assertThat(Cells.money(null)).isEqualTo("—");
        assertThat(Cells.ratio(1.07687697781047)).isEqualTo("1.08");
    }

    @Test
    void rankChangePointsUpWhenTheRankNumberFell() {
        assertThat(Cells.rankChange(-2)).isEqualTo("▲2");
        assertThat(Cells.rankChange(3)).isEqualTo("▼3");
        assertThat(Cells.rankChange(0)).isEqualTo("–");
        assertThat(Cells.rankChange(null)).isEqualTo("–");
    }

    @Test
    void durationsShowTheTwoLargestUnits() {
        assertThat(Cells.duration(Duration.ofSeconds(22 * 3600 + 57 * 60 + 25))).isEqualTo("22h 57m");
        assertThat(Cells.duration(Duration.ofHours(51))).isEqualTo("2d 3h");
        assertThat(Cells.duration(Duration.ofMinutes(42))).isEqualTo("42m");
        assertThat(Cells.duration(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(Cells.duration(null)).isEqualTo("—");
    }

    @Test
    void machineFormKeepsFullPrecisionAndLeavesNoValueEmpty() {
        assertThat(Cells.machine(null)).isEqualTo("");
        assertThat(Cells.machine(Double.NaN)).isEqualTo("");
        assertThat(Cells.machine(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Cells.machine(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Cells.machine(0.1234567890123)).isEqualTo("0.1234567890123");
        assertThat(Cells.machine("buy")).isEqualTo("buy");
    }

    @Test
    void readableFormRoundsAndShowsTheSameSignsAsTheTables() {
        assertThat(Cells.readable(0.1234567890123)).isEqualTo("0.1235");
        assertThat(Cells.readable(null)).isEqualTo(Cells.NONE);
        assertThat(Cells.readable(Double.NaN)).isEqualTo(Cells.NONE);
        assertThat(Cells.readable(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Cells.readable(Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
        assertThat(Cells.readable(42L)).isEqualTo("42");
    }

    @Test
    void timesAreShownToTheSecondKeepingTheOffset() {
        assertThat(Cells.time(com.battlescope.model.Stamp.parse("2025-01-08 16:04:33.607576")))
                .isEqualTo("2025-01-08 16:04:33");
        assertThat(Cells.time(com.battlescope.model.Stamp.parse("2025-01-08T16:04:33.5+02:00")))
                .isEqualTo("2025-01-08 16:04:33+02:00");
        assertThat(Cells.time(com.battlescope.model.Stamp.parse("2025-01-08T16:04:33Z"))).isEqualTo("2025-01-08 16:04:33Z");
        assertThat(Cells.time(com.battlescope.model.Stamp.parse("2025-01-08 16:04:33"))).isEqualTo("2025-01-08 16:04:33");
        assertThat(Cells.time(com.battlescope.model.Stamp.parse("2025-01-08"))).isEqualTo("2025-01-08");
        assertThat(Cells.time(null)).isEqualTo(Cells.NONE);
    }

    @Test
    void aTimeColumnShowsSecondsAndExportsTheFullStamp() {
        var stamp = com.battlescope.model.Stamp.parse("2025-01-08 16:04:33.607576");
        ColumnSpec<com.battlescope.model.Stamp> c = ColumnSpec.time("t", "Time", s -> s);
        assertThat(c.text().apply(stamp)).isEqualTo("2025-01-08 16:04:33");
        assertThat(ColumnSpec.table("x", java.util.List.of(c), java.util.List.of(stamp)).rows())
                .containsExactly(java.util.List.of("2025-01-08 16:04:33.607576"));
    }
}
