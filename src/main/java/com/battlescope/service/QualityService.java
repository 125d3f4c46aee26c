package com.battlescope.service;

import com.battlescope.analytics.quality.DecisionColumns;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.QualityFigures;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Decision quality of a battle (spec quality.md): streams the decision log without reasoning into primitive
 * columns, counts the snapshots in the market, and hands both to {@link QualityFigures}.
 */
public final class QualityService {

    /** The decision columns of a whole battle (every decision makes the price paths); rows in range are judged. */
    public DecisionColumns columns(Battle battle, TimeRange range) {
        requireDecisions(battle);
        DecisionColumns cols = new DecisionColumns((int) Math.min(Integer.MAX_VALUE - 16, battle.maxDecisionId()));
        battle.scanDecisions((id, model, symbol, decision, confidence, time, price, entry, stop, target, executed) ->
                cols.add(model, symbol, decision, confidence, time.epochMicros(),
                        time.offset() == null ? null : time.offset().getTotalSeconds(), price, entry, stop, target,
                        executed, range.contains(time)));
        return cols;
    }

    /** Per model {snapshots in range, those with positions_count > 0}. */
    public Map<String, int[]> snapshotsInMarket(Battle battle, TimeRange range) {
        Map<String, int[]> counts = new HashMap<>();
        battle.forEachSnapshot(range, s -> {
            int[] c = counts.computeIfAbsent(s.modelId(), k -> new int[2]);
            c[0]++;
            c[1] += s.positionsCount() > 0 ? 1 : 0;
        });
        return counts;
    }

    public QualityReport quality(Battle battle, TimeRange range, Set<String> models, Horizon horizon,
                                 double windowMinutes) {
        return quality(battle, range, models, horizon, windowMinutes, () -> false);
    }

    public QualityReport quality(Battle battle, TimeRange range, Set<String> models, Horizon horizon,
                                 double windowMinutes, BooleanSupplier cancelled) {
        requireWindow(windowMinutes);
        DecisionColumns cols = columns(battle, range);
        return QualityFigures.compute(cols, models, snapshotsInMarket(battle, range), horizon, windowMinutes,
                cancelled);
    }

    /** Fails with a one-line message naming decisions.db when the folder has no decisions to judge. */
    static void requireDecisions(Battle battle) {
        Path file = battle.path().resolve(BattleFolder.DECISIONS);
        boolean present = Files.exists(file);
        if (!battle.folder().hasDecisions() || (!present && battle.maxDecisionId() == 0)) {
            throw new DataAccessException(file, present ? "no decision_log table: the quality figures need the decision log"
                    : "not found: the quality figures need the decision log");
        }
    }

    static void requireWindow(double windowMinutes) {
        if (windowMinutes < 0 || Double.isNaN(windowMinutes)) {
            throw new IllegalArgumentException("window must be a non-negative number of minutes");
        }
    }
}
