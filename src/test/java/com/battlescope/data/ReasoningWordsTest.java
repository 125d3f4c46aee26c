package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertThat(ReasoningWords.query("MACD OR VWAP")).isEqualTo("('macd' | 'vwap')");
        assertThat(ReasoningWords.query("momentum NOT RSI")).isEqualTo("'momentum' & !('rsi')");
        assertThat(ReasoningWords.query("stop_loss")).isEqualTo("('stop' <-> 'loss')");
        assertThat(ReasoningWords.query("stop + loss*")).isEqualTo("('stop' <-> 'loss':*)");
        assertThat(ReasoningWords.query("rsi OR (stop AND loss) NOT macd"))
                .isEqualTo("('rsi' | 'stop' & 'loss' & !('macd'))");
        // NEAR and ^ are not tsqueries: their phrases must all occur, each candidate is then tested
        assertThat(ReasoningWords.query("NEAR(momentum \"rising volume\", 3)"))
                .isEqualTo("'momentum' & ('rising' <-> 'volume')");
        assertThat(ReasoningWords.query("^breakout")).isEqualTo("'breakout'");
        assertThat(ReasoningWords.query("momentum NOT ^breakout")).isEqualTo("'momentum'");
        assertThat(ReasoningSearch.of("momentum NOT (rsi OR macd)").exact()).isTrue();
        assertThat(ReasoningSearch.of("momentum NOT ^breakout").exact()).isFalse();
        assertThat(ReasoningSearch.of("NEAR(momentum breakout)").exact()).isFalse();
        assertThat(ReasoningSearch.of("NEAR(momentum)").exact()).isTrue();
        // word lists that mark their first word: ^ of one word is one lookup, exact; of a phrase tested as before
        assertThat(ReasoningSearch.of("^breakout", true).tsquery()).isEqualTo("'^breakout'");
        assertThat(ReasoningSearch.of("^breakout", true).exact()).isTrue();
        assertThat(ReasoningSearch.of("^rsi*", true).tsquery()).isEqualTo("'^rsi':*");
        assertThat(ReasoningSearch.of("^\"holding off\"", true).tsquery()).isEqualTo("('holding' <-> 'off')");
        assertThat(ReasoningSearch.of("^\"holding off\"", true).exact()).isFalse();
        assertThat(ReasoningSearch.of("momentum NOT ^breakout", true).tsquery())
                .isEqualTo("'momentum' & !('^breakout')");
        assertThat(ReasoningSearch.of("momentum NOT ^breakout", true).exact()).isTrue();
        assertThat(ReasoningWords.query("-reasoning : momentum")).isNull();
        // not FTS5 syntax: one phrase, the last word a prefix (the folder's fallback)
        assertThat(ReasoningWords.query("$121.")).isEqualTo("'121':*");
        assertThat(ReasoningWords.query("AND momentum")).isEqualTo("('and' <-> 'momentum':*)");
        assertThat(ReasoningWords.query("risk-off")).isEqualTo("('risk' <-> 'off':*)");
        assertThat(ReasoningWords.query("%%")).isNull();
    }

    @Test
    void binaryWordListsAreWhatTheServerStores() {
        // by hand: 2 words; "a" at 2; "b" at 1 and 3 (tsvector binary form: count, then word NUL, npos, positions)
        byte[] expected = {0, 0, 0, 2, 'a', 0, 0, 1, 0, 2, 'b', 0, 0, 2, 0, 1, 0, 3};
        assertThat(ReasoningWords.generalBinaryVector("B, a; b!")).isEqualTo(expected);
        assertThat(ReasoningWords.binaryVector("...")).isEqualTo(new byte[] {0, 0, 0, 0});
        assertThat(ReasoningWords.asciiBinaryVector("café")).isNull();
        // what is stored: one more word, "^" and the first word at position 1, in byte order ('9' < '^' < 'a')
        assertThat(ReasoningWords.binaryVector("B, a; b!")).isEqualTo(new byte[] {0, 0, 0, 3, '^', 'b', 0, 0, 1, 0, 1,
            'a', 0, 0, 1, 0, 2, 'b', 0, 0, 2, 0, 1, 0, 3});
        assertThat(ReasoningWords.binaryVector("9 a")).isEqualTo(new byte[] {0, 0, 0, 3, '9', 0, 0, 1, 0, 1,
            '^', '9', 0, 0, 1, 0, 1, 'a', 0, 0, 1, 0, 2});
        assertThat(ReasoningWords.binaryVector("Café")).isEqualTo(new byte[] {0, 0, 0, 2, '^', 'c', 'a', 'f', 'e', 0,
            0, 1, 0, 1, 'c', 'a', 'f', 'e', 0, 0, 1, 0, 1});
    }

    @Test
    void theAsciiPathWritesWhatTheGeneralOneWrites() {
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 20_000; i++) {
            // words of every length; the second alphabet makes long ones sharing their first 8 bytes
            String alphabet = i % 2 == 0 ? "abAB09 .,:;-_%$+()[]zZyY" : "aaaaaaaAb ";
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(i < 19_900 ? 60 : 1200);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            byte[] stored = ReasoningWords.binaryVector(text);
            assertThat(stored).as(text)
                    .isEqualTo(ReasoningWords.withFirstToken(ReasoningWords.generalBinaryVector(text)));
            List<String> tokens = ReasoningWords.tokens(text);
            if (!tokens.isEmpty()) {
                byte[] first = ("^" + tokens.get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] entry = java.util.Arrays.copyOf(first, first.length + 5);
                entry[first.length + 2] = 1;
                entry[first.length + 4] = 1;
                assertThat(java.util.Collections.indexOfSubList(boxed(stored), boxed(entry))).as(text)
                        .isGreaterThan(3);
                assertThat(stored.length).isEqualTo(ReasoningWords.generalBinaryVector(text).length + entry.length);
            }
        }
        String engine = "No clear edge in META at $516.55; waiting for confirmation. Day change +0.00 %; RSI 50.0, "
                + "50-period average at $518.43.";
        assertThat(ReasoningWords.asciiBinaryVector(engine))
                .isEqualTo(ReasoningWords.withFirstToken(ReasoningWords.generalBinaryVector(engine)));
    }

    private static List<Byte> boxed(byte[] bytes) {
        List<Byte> out = new java.util.ArrayList<>();
        for (byte b : bytes) {
            out.add(b);
        }
        return out;
    }
}
