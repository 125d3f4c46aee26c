package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a server battle splits reasoning and reads a search (as FTS5's unicode61 and query syntax do). */
class ReasoningWordsTest {
    @Test
    void wordsAreFoldedLettersAndDigitsWithPositions() {
        assertThat(ReasoningWords.vector("Strong MOMENTUM: RSI 5.7% — Café_déjà vu"))
                .isEqualTo("strong:1 momentum:2 rsi:3 5:4 7:5 cafe:6 deja:7 vu:8");
        assertThat(ReasoningWords.vector("...")).isEmpty();
    }

    @Test
    void typedTextIsReadAsFts5ReadsIt() {
        assertThat(ReasoningWords.query("RSI")).isEqualTo("'rsi'");
        assertThat(ReasoningWords.query("momentum  Breakout")).isEqualTo("'momentum' & 'breakout'");
        assertThat(ReasoningWords.query("mom*")).isEqualTo("'mom':*");
        assertThat(ReasoningWords.query("\"rising volume\"")).isEqualTo("('rising' <-> 'volume')");
        assertThat(ReasoningWords.query("MACD OR VWAP")).isEqualTo("'macd' | 'vwap'");
        assertThat(ReasoningWords.query("momentum NOT RSI")).isEqualTo("'momentum' & ! 'rsi'");
        assertThat(ReasoningWords.query("stop_loss")).isEqualTo("('stop' <-> 'loss')");
        // not FTS5 syntax: one phrase, the last word a prefix (the folder's fallback)
        assertThat(ReasoningWords.query("$121.")).isEqualTo("'121':*");
        assertThat(ReasoningWords.query("AND momentum")).isEqualTo("('and' <-> 'momentum':*)");
        assertThat(ReasoningWords.query("risk-off")).isEqualTo("('risk' <-> 'off':*)");
        assertThat(ReasoningWords.query("%%")).isNull();
    }
}
