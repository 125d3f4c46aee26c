package com.battlescope.ui.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a long reasoning into parts (pure: no toolkit needed). */
class ReasoningAreaTest {

    @Test
    void shortTextIsOnePart() {
        assertThat(ReasoningArea.partStarts("short")).containsExactly(0);
        assertThat(ReasoningArea.partStarts("y".repeat(ReasoningArea.PART))).containsExactly(0);
    }

    @Test
    void partsEndAfterASpaceNearTheLimit() {
        // "word " is 5 characters: 10,000 is a multiple, so the part ends exactly after a space
        String text = "word ".repeat(2100) + "tail";
        List<Integer> starts = ReasoningArea.partStarts(text);

        assertThat(starts).containsExactly(0, 10_000);
        assertThat(text.charAt(starts.get(1) - 1)).isEqualTo(' ');
    }

    @Test
    void aLineBreakWithinReachWinsOverASpace() {
        String text = "a".repeat(9_700) + "\n" + "b c ".repeat(100) + "d".repeat(2_000);
        // the newline sits at 9,700; spaces come later but the break prefers the line end
        assertThat(ReasoningArea.partStarts(text)).startsWith(0, 9_701);
    }

    @Test
    void textWithoutBreaksIsCutAtTheLimitAndNothingIsLost() {
        String text = "x".repeat(25_000);
        List<Integer> starts = ReasoningArea.partStarts(text);

        assertThat(starts).containsExactly(0, 10_000, 20_000);
    }
}
