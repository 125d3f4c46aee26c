package com.battlescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit-by-digit reading of the engine's usual form agrees with java.time's ISO parser. */
class StampPlainFormTest {
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-03 14:00:00", "2025-03-03 14:00:00.532113", "2025-03-03T14:00:00.5",
            "2024-02-29 23:59:59.999999999", "2025-12-31 00:00:00.000001", "0001-01-01 00:00:00.1234",
            "2025-03-03 14:00:00."})
    void readsAsTheIsoParserDoes(String text) {
        Stamp s = Stamp.parse(text);
        assertThat(s.local()).isEqualTo(LocalDateTime.parse(text.replace(' ', 'T')));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.offset()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30 10:00:00", "2025-13-01 10:00:00", "2025-03-03 24:00:00",
            "2025-03-03 14:60:00", "2025-03-03 14:00:00.1234567890", "2025-03-03 14:0a:00",
            "2025/03/03 14:00:00"})
    void rejectsWhatTheIsoParserRejects(String text) {
        assertThatThrownBy(() -> Stamp.parse(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining(text);
    }
}
