package com.battlescope.service.verdict;

import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.model.DataTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Both tables of a verdict in one CSV, in sections: a row per model under the header (the keys of verdict.md, the
 * intervals as low/high columns, the engine's rank added), an empty row, the pair table with its own header row,
 * an empty row, then the best set and the headline. Numbers in full precision, empty when undefined.
 */
public final class VerdictTable {
    public static final List<String> HEADERS = List.of("model_id", "engine_rank", "n_returns", "sharpe_period",
            "skewness", "kurtosis", "psr_zero", "min_track_record", "min_track_record_days", "dsr", "total_return_pct",
            "total_return_ci_low", "total_return_ci_high", "sharpe_ci_low", "sharpe_ci_high", "rank_probabilities",
            "beats", "ties", "loses");
    static final List<String> PAIR_HEADERS = List.of("model_a", "model_b", "n", "sharpe_diff", "z", "p_value",
            "p_holm", "correlation", "winner");

    private VerdictTable() {
    }

    public static DataTable of(VerdictResult v) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelVerdict m : v.models()) {
            rows.add(cells(m.modelId(), m.engineRank(), m.nReturns(), m.sharpePeriod(), m.skewness(), m.kurtosis(),
                    m.psrZero(), m.minTrackRecord(), m.minTrackRecordDays(), m.dsr(), m.totalReturnPct(),
                    m.totalReturnCi() == null ? null : m.totalReturnCi().low(),
                    m.totalReturnCi() == null ? null : m.totalReturnCi().high(),
                    m.sharpeCi() == null ? null : m.sharpeCi().low(), m.sharpeCi() == null ? null : m.sharpeCi().high(),
                    m.rankProbabilities().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    m.beats(), m.ties(), m.loses()));
        }
        rows.add(cells());
        rows.add(cells(PAIR_HEADERS.toArray()));
        for (PairVerdict p : v.pairs()) {
            rows.add(cells(p.modelA(), p.modelB(), p.n(), p.sharpeDiff(), p.z(), p.pValue(), p.pHolm(),
                    p.correlation(), p.winner()));
        }
        rows.add(cells());
        rows.add(cells("best_set", String.join(" ", v.bestSet())));
        rows.add(cells("headline", v.headline()));
        rows.add(cells("options", "alpha " + v.alpha() + ", level " + v.level() + ", bootstrap " + v.bootstrap()
                + ", seed " + v.seed() + ", block length " + v.blockLength()));
        return new DataTable("verdict", HEADERS, rows);
    }

    /** A row of the table's width: the values as text (empty for null), padded with empty cells. */
    private static List<String> cells(Object... values) {
        String[] row = new String[HEADERS.size()];
        Arrays.fill(row, "");
        for (int i = 0; i < values.length; i++) {
            row[i] = values[i] == null ? "" : values[i].toString();
        }
        return List.of(row);
    }
}
