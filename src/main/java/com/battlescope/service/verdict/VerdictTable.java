package com.battlescope.service.verdict;

import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.model.DataTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Both tables of a verdict as one CSV in long form: a row per model figure ({@code model}, figure, value) and per
 * pair figure ({@code pair}, model, peer, figure, value), with the keys of verdict.md; then the best set and the
 * headline. Numbers in full precision, empty when undefined.
 */
public final class VerdictTable {
    public static final List<String> HEADERS = List.of("table", "model", "peer", "figure", "value");

    private VerdictTable() {
    }

    public static DataTable of(VerdictResult v) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelVerdict m : v.models()) {
            String id = m.modelId();
            add(rows, "model", id, "engine_rank", m.engineRank());
            add(rows, "model", id, "n_returns", m.nReturns());
            add(rows, "model", id, "sharpe_period", m.sharpePeriod());
            add(rows, "model", id, "skewness", m.skewness());
            add(rows, "model", id, "kurtosis", m.kurtosis());
            add(rows, "model", id, "psr_zero", m.psrZero());
            add(rows, "model", id, "min_track_record", m.minTrackRecord());
            add(rows, "model", id, "min_track_record_days", m.minTrackRecordDays());
            add(rows, "model", id, "dsr", m.dsr());
            add(rows, "model", id, "total_return_pct", m.totalReturnPct());
            add(rows, "model", id, "total_return_ci_low", m.totalReturnCi() == null ? null : m.totalReturnCi().low());
            add(rows, "model", id, "total_return_ci_high", m.totalReturnCi() == null ? null : m.totalReturnCi().high());
            add(rows, "model", id, "sharpe_ci_low", m.sharpeCi() == null ? null : m.sharpeCi().low());
            add(rows, "model", id, "sharpe_ci_high", m.sharpeCi() == null ? null : m.sharpeCi().high());
            for (int r = 0; r < m.rankProbabilities().size(); r++) {
                add(rows, "model", id, "rank_" + (r + 1) + "_probability", m.rankProbabilities().get(r));
            }
            add(rows, "model", id, "beats", m.beats());
            add(rows, "model", id, "ties", m.ties());
            add(rows, "model", id, "loses", m.loses());
        }
        for (PairVerdict p : v.pairs()) {
            pair(rows, p, "n", p.n());
            pair(rows, p, "sharpe_diff", p.sharpeDiff());
            pair(rows, p, "z", p.z());
            pair(rows, p, "p_value", p.pValue());
            pair(rows, p, "p_holm", p.pHolm());
            pair(rows, p, "correlation", p.correlation());
            pair(rows, p, "winner", p.winner());
        }
        rows.add(List.of("verdict", "", "", "best_set", String.join(" ", v.bestSet())));
        rows.add(List.of("verdict", "", "", "headline", v.headline()));
        rows.add(List.of("verdict", "", "", "options", String.format(java.util.Locale.ROOT,
                "alpha %s, level %s, bootstrap %d, seed %d, block length %d", v.alpha(), v.level(), v.bootstrap(),
                v.seed(), v.blockLength())));
        return new DataTable("verdict", HEADERS, rows);
    }

    private static void add(List<List<String>> rows, String table, String model, String figure, Object value) {
        rows.add(List.of(table, model, "", figure, value == null ? "" : value.toString()));
    }

    private static void pair(List<List<String>> rows, PairVerdict p, String figure, Object value) {
        rows.add(List.of("pair", p.modelA(), p.modelB(), figure, value == null ? "" : value.toString()));
    }
}
