package com.battlescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StampTest {
    private static final LocalDateTime T_MICROS = LocalDateTime.of(2025, 3, 3, 14, 0, 0, 532_113_000);
    private static final LocalDateTime T_WHOLE = LocalDateTime.of(2025, 3, 3, 14, 0, 0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "2025-03-03 14:00:00.532113        | 532113000 | none",
        "2025-03-03 14:00:00               | 0         | none",
        "2025-03-03 14:00:00.532113+00:00  | 532113000 | Z",
        "2025-03-03 14:00:00.532113-05:00  | 532113000 | -05:00",
        "2025-03-03 14:00:00+05:30         | 0         | +05:30",
        "2025-03-03T14:00:00.532113        | 532113000 | none",
        "2025-03-03T14:00:00Z              | 0         | Z",
        "2025-03-03T14:00:00.532113Z       | 532113000 | Z",
        "2025-03-03 14:00:00.532           | 532000000 | none",
        "2025-03-03 14:00                  | 0         | none",
    })
    void parsesEveryContractForm(String text, int nanos, String offset) {
        Stamp s = Stamp.parse(text);
        assertThat(s.local()).isEqualTo(T_WHOLE.withNano(nanos));
        assertThat(s.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
        assertThat(s.text()).isEqualTo(text);
    }

    @Test
    void dateOnlyIsMidnight() {
        Stamp s = Stamp.parse("2025-03-03");
        assertThat(s.local()).isEqualTo(LocalDateTime.of(2025, 3, 3, 0, 0));
        assertThat(s.offset()).isNull();
        assertThat(s.engineText()).isEqualTo("2025-03-03 00:00:00");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2025-03-03 14:00:00.532113        | 2025-03-03 14:00:00.532113",
        "2025-03-03 14:00:00               | 2025-03-03 14:00:00",
        "2025-03-03T14:00:00.532           | 2025-03-03 14:00:00.532000",
        "2025-03-03T14:00:00.000000        | 2025-03-03 14:00:00",
        "2025-03-03 14:00:00.5321139       | 2025-03-03 14:00:00.532113",
        "2025-03-03 14:00:00.532113+00:00  | 2025-03-03 14:00:00.532113+00:00",
        "2025-03-03T14:00:00Z              | 2025-03-03 14:00:00+00:00",
        "2025-03-03 14:00:00.000001-05:00  | 2025-03-03 14:00:00.000001-05:00",
    })
    void writesTheEngineTextKeepingAnOffsetRead(String read, String written) {
        assertThat(Stamp.parse(read).engineText()).isEqualTo(written);
    }

    @Test
    void ofWritesSixDigitsOrNone() {
        assertThat(Stamp.of(T_MICROS).text()).isEqualTo("2025-03-03 14:00:00.532113");
        assertThat(Stamp.of(T_WHOLE).text()).isEqualTo("2025-03-03 14:00:00");
        assertThat(Stamp.of(T_WHOLE.withNano(1_000)).text()).isEqualTo("2025-03-03 14:00:00.000001");
        assertThat(Stamp.of(T_WHOLE.withNano(999)).text()).isEqualTo("2025-03-03 14:00:00");
        assertThat(Stamp.format(T_WHOLE.withNano(500_000_000))).isEqualTo("2025-03-03 14:00:00.500000");
        assertThat(Stamp.parse(Stamp.of(T_MICROS).text())).isEqualTo(Stamp.of(T_MICROS));
    }

    @Test
    void epochMillisAndSecondsAreUtc() {
        // 2025-03-03 14:00:00.532 UTC = 1741010400532 ms, hand-checked: 20150 days * 86400 + 14 h
        assertThat(20150L * 86_400 + 14 * 3600).isEqualTo(1_741_010_400L);
        Stamp millis = Stamp.ofEpoch(1_741_010_400_532L);
        assertThat(millis.local()).isEqualTo(T_WHOLE.withNano(532_000_000));
        assertThat(millis.text()).isEqualTo("2025-03-03 14:00:00.532000");
        Stamp seconds = Stamp.ofEpoch(1_741_010_400L);
        assertThat(seconds.local()).isEqualTo(T_WHOLE);
        assertThat(seconds.text()).isEqualTo("2025-03-03 14:00:00");
    }

    @Test
    void offsetGivesTheRealInstantButAxesShowTheTimeAsWritten() {
        Stamp ny = Stamp.parse("2025-03-03 14:00:00-05:00");
        assertThat(ny.epochSecondsAsWritten()).isEqualTo(1_741_010_400.0);
        assertThat(ny.epochSeconds()).isEqualTo(1_741_010_400.0 + 5 * 3600);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2025-13-01 00:00:00", "2025-03-03 25:00:00", "''", "2025-03-03 14:00:00+99:00"})
    void rejectsNonTimesWithTheText(String text) {
        assertThatThrownBy(() -> Stamp.parse(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
