package com.battlescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stamp.format builds its text by hand; it must stay identical to the String.format definition. */
class StampFormatTest {
    private static String reference(LocalDateTime v) {
        String base = String.format("%04d-%02d-%02d %02d:%02d:%02d", v.getYear(), v.getMonthValue(),
                v.getDayOfMonth(), v.getHour(), v.getMinute(), v.getSecond());
        int micros = v.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }

    @Test
    void matchesTheReferenceFormOnRandomTimes() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(r.nextInt(1, 10000), r.nextInt(1, 13), r.nextInt(1, 29),
                    r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000_000));
            assertThat(Stamp.format(t)).isEqualTo(reference(t.withNano(t.getNano() / 1000 * 1000)));
        }
    }

    @Test
    void handCheckedForms() {
        assertThat(Stamp.format(LocalDateTime.of(2025, 3, 3, 14, 0))).isEqualTo("2025-03-03 14:00:00");
        assertThat(Stamp.format(LocalDateTime.of(2025, 3, 3, 14, 0, 5, 532_113_999))).isEqualTo("2025-03-03 14:00:05.532113");
        assertThat(Stamp.format(LocalDateTime.of(999, 1, 2, 3, 4, 5, 1000))).isEqualTo("0999-01-02 03:04:05.000001");
        assertThat(Stamp.format(LocalDateTime.of(12025, 1, 2, 3, 4, 5))).isEqualTo("12025-01-02 03:04:05");
    }
}
