package com.battlescope.service;

import com.battlescope.analytics.quality.DecisionColumns;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.QualityFigures;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import com.battlescope.data.PackedDecisionScan;
import com.battlescope.data.ModelMarketCount;
import com.battlescope.model.DecisionType;
import com.battlescope.model.Stamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Decision quality of a battle (spec quality.md): streams the decision log without reasoning into primitive
 * columns, counts the snapshots in the market, and hands both to {@link QualityFigures}.
 */
public final class QualityService {
    /** Rows the columns start with: they grow beyond, or take the whole id span at once when read in two parts. */
    private static final int FIRST_CAPACITY = 1 << 20;

    /** The decision columns of a whole battle (every decision makes the price paths); rows in range are judged. */
    public DecisionColumns columns(Battle battle, TimeRange range) {
        requireDecisions(battle);
        int capacity = (int) Math.min(FIRST_CAPACITY, battle.maxDecisionId());
        DecisionColumns[] cols = new DecisionColumns[1];
        DecisionColumns.Upper[] upper = new DecisionColumns.Upper[1];
        battle.scanDecisions(new PackedDecisionScan.Sink() {
            @Override
            public void names(List<String> models, List<String> symbols) {
                cols[0] = new DecisionColumns(models, symbols, capacity);
            }

            @Override
            public void row(long id, int model, int symbol, DecisionType type, boolean executed, long utcMicros,
                            double confidence, double price) {
                cols[0].add(id, model, symbol, type, executed, utcMicros, confidence, price);
            }

            @Override
            public PackedDecisionScan.Sink upper(long lowestId, long fromId, long highestId) {
                upper[0] = cols[0].upper(lowestId, fromId, highestId);
                return upper[0] == null ? null : new UpperRows(upper[0]);
            }

            @Override
            public void rowsDone() {
                if (upper[0] != null) {
                    cols[0].join(upper[0]);
                }
            }

            @Override
            public void time(long id, Stamp time) {
                cols[0].setTime(cols[0].rowOf(id), time.epochMicros(),
                        time.offset() == null ? null : time.offset().getTotalSeconds());
            }

            @Override
            public void plan(long id, double entry, double stop, double target) {
                cols[0].setPlan(cols[0].rowOf(id), entry, stop, target);
            }
        });
        if (range.from() != null || range.to() != null) {
            cols[0].judgeOnly(range.from() == null ? Long.MIN_VALUE : writtenMicros(range.from()),
                    range.to() == null ? Long.MAX_VALUE : writtenMicros(range.to()));
        }
        return cols[0];
    }

    /** The rows of the higher ids, added into their own room of the columns by the scan's second thread. */
    private record UpperRows(DecisionColumns.Upper part) implements PackedDecisionScan.Sink {
        @Override
        public void names(List<String> models, List<String> symbols) {
        }

        @Override
        public void row(long id, int model, int symbol, DecisionType type, boolean executed, long utcMicros,
                        double confidence, double price) {
            part.add(id, model, symbol, type, executed, utcMicros, confidence, price);
        }

        @Override
        public void time(long id, Stamp time) {
            throw new IllegalStateException("times come to the main sink");
        }

        @Override
        public void plan(long id, double entry, double stop, double target) {
            throw new IllegalStateException("plans come to the main sink");
        }
    }

    /** Microseconds since 1970 of a bound's wall-clock time as written (TimeRange compares times as written). */
    private static long writtenMicros(Stamp bound) {
        return new Stamp(bound.text(), bound.local(), null).epochMicros();
    }

    /** Per model {snapshots in range, those with positions_count > 0}. */
    public Map<String, int[]> snapshotsInMarket(Battle battle, TimeRange range) {
        Map<String, int[]> counts = new HashMap<>();
        for (ModelMarketCount c : battle.marketCounts(range)) {
            counts.put(c.modelId(), new int[] {(int) c.snapshots(), (int) c.inMarket()});
        }
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
        boolean present = battle.onServer() ? battle.hasDecisions() : Files.exists(file);
        if (!battle.hasDecisions() || (!present && battle.maxDecisionId() == 0)) {
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
