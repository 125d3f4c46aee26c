package com.battlescope.analytics;

import com.battlescope.model.Stamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JulianDayTest {

    // expected values printed by SQLite 3.40's julianday()
    @ParameterizedTest
    @CsvSource({
            "2025-01-06 10:01:05.438434, 2460681.917424051",
            "2025-01-06 10:01:05.4385, 2460681.9174240627",
            "2025-01-06 10:01:05.999999, 2460681.9174305554",
            "2025-01-06 10:01:05+02:00, 2460681.834085648",
            "2025-01-06 10:01:05.5005Z, 2460681.9174247803",
            "2025-01-06, 2460681.5",
            "2024-02-29 23:59:59.999500, 2460370.5",
            "2025-01-06 17:19:40.621429, 2460682.2219979283",
            "2025-01-07 15:37:46.136758, 2460683.1512284377",
            "2025-01-07 02:56:21.960437, 2460682.6224763887",
            "2025-01-07 19:58:34.497081, 2460683.3323437152",
            "2025-01-06 04:46:17.635017, 2460681.69881522",
            "2025-01-06 00:57:31.952965, 2460681.5399531596",
            "2025-01-08 12:58:57.492025, 2460684.0409431946",
            "2025-01-07 16:01:22.499492, 2460683.167621516",
            "2025-01-08 14:41:51.157932, 2460684.112397662",
    })
    void matchesSqliteBitForBit(String text, String expected) {
        assertThat(JulianDay.of(Stamp.parse(text))).isEqualTo(Double.parseDouble(expected));
    }
}
