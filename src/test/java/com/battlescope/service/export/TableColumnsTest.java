package com.battlescope.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {
    private static DataTable wide(int columns) {
        List<String> headers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add("Sharpe (parity) " + c);
            row.add("$103,203.31 and more text " + c);
        }
        return new DataTable("wide", headers, List.of(row));
    }

    @Test
    void aNarrowPageKeepsHeadersReadableAndShowsTheLeadingColumnsThatFit() {
        DataTable t = wide(30);
        double[] w = TableColumns.widths(t, 1560, 12, 6);
        int fit = TableColumns.fitting(w, 1560);
        assertThat(fit).isBetween(8, 20);
        for (int c = 0; c < fit; c++) {
            assertThat(w[c]).isGreaterThanOrEqualTo(SvgDoc.textWidth(t.headers().get(c), 12) + 12);
        }
        assertThat(Arrays.stream(w, 0, fit).sum()).isLessThanOrEqualTo(1560.01);
        assertThat(TableColumns.footer(1, 1, fit, 30)).isEqualTo((30 - fit) + " more columns; the CSV export has all of them");
    }

    @Test
    void aSlightlyNarrowPageShrinksColumnsInsteadOfDroppingThem() {
        DataTable t = wide(6);
        double[] natural = TableColumns.widths(t, 10_000, 12, 6);
        double need = Arrays.stream(natural).sum();
        double[] w = TableColumns.widths(t, need * 0.8, 12, 6);
        assertThat(TableColumns.fitting(w, need * 0.8)).isEqualTo(6);
    }

    @Test
    void roomLeftOverGoesToTheCutColumns() {
        DataTable t = new DataTable("d", List.of("id", "reasoning"), List.of(List.of("1", "x".repeat(300))));
        double[] w = TableColumns.widths(t, 1500, 12, 6);
        assertThat(w[0]).isEqualTo(48);
        assertThat(w[1]).isGreaterThan(360);
    }

    @Test
    void formattedMoneyPercentAndDashesCountAsNumbers() {
        DataTable t = new DataTable("l", List.of("model", "return", "equity", "pf", "change"), List.of(
                List.of("gpt-4o", "3.20%", "$103,203.31", "∞", "▲1"),
                List.of("grok-2", "-0.01%", "-$646.38", "—", "–")));
        assertThat(TableColumns.numeric(t)).containsExactly(false, true, true, true, false);
    }
}
