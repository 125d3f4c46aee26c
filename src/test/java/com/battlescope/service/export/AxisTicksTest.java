package com.battlescope.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Stamp;
import com.battlescope.service.export.AxisTicks.Tick;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    private static double t(String s) {
        return Stamp.parse(s).epochSecondsAsWritten();
    }

    private static List<String> labels(List<Tick> ticks) {
        return ticks.stream().map(Tick::label).toList();
    }

    @Test
    void linearStepsAreNiceAndLabelledWithTheirDecimals() {
        assertThat(labels(AxisTicks.linear(0, 10, 5, false))).containsExactly("0", "2", "4", "6", "8", "10");
        assertThat(labels(AxisTicks.linear(-3.3, 0, 7, false)))
                .containsExactly("-3.0", "-2.5", "-2.0", "-1.5", "-1.0", "-0.5", "0.0");
        assertThat(labels(AxisTicks.linear(0.2, 1.1, 4, false))).containsExactly("0.25", "0.50", "0.75", "1.00");
        assertThat(labels(AxisTicks.linear(95_000, 110_000, 4, false)))
                .containsExactly("95,000", "100,000", "105,000", "110,000");
    }

    @Test
    void wholeNumberDataNeverGetsFractionalTicks() {
        assertThat(labels(AxisTicks.linear(0.5, 3.5, 10, true))).containsExactly("1", "2", "3");
    }

    @Test
    void hourTicksFallOnWholeHoursInUtc() {
        List<Tick> ticks = AxisTicks.time(t("2025-01-06 09:35:00"), t("2025-01-06 16:05:00"), 8);
        assertThat(labels(ticks)).containsExactly("Jan 6 10:00", "Jan 6 11:00", "Jan 6 12:00", "Jan 6 13:00",
                "Jan 6 14:00", "Jan 6 15:00", "Jan 6 16:00");
        assertThat(ticks.get(0).value()).isEqualTo(t("2025-01-06 10:00:00"));
    }

    @Test
    void weekTicksFallOnMondays() {
        assertThat(labels(AxisTicks.time(t("2025-01-01 00:00:00"), t("2025-03-01 00:00:00"), 10)))
                .containsExactly("Jan 6, 2025", "Jan 13, 2025", "Jan 20, 2025", "Jan 27, 2025", "Feb 3, 2025",
                        "Feb 10, 2025", "Feb 17, 2025", "Feb 24, 2025");
    }

    @Test
    void monthAndYearTicks() {
        assertThat(labels(AxisTicks.time(t("2024-11-15 00:00:00"), t("2025-04-20 00:00:00"), 8)))
                .containsExactly("Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025");
        assertThat(labels(AxisTicks.time(t("2019-06-01 00:00:00"), t("2025-06-01 00:00:00"), 8)))
                .containsExactly("2020", "2021", "2022", "2023", "2024", "2025");
    }

    @Test
    void logTicksAreDecadesWithTwosAndFivesWhenThereIsRoom() {
        assertThat(labels(AxisTicks.log(1, 1000, 10))).containsExactly("1", "2", "5", "10", "20", "50", "100", "200",
                "500", "1,000");
        assertThat(labels(AxisTicks.log(0.01, 1e6, 5))).containsExactly("0.01", "1", "100", "10,000", "1,000,000");
    }
}
