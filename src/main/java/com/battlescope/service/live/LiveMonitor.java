package com.battlescope.service.live;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.RankingEntry;
import com.battlescope.analytics.Rankings;
import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a battle that the engine is still writing. A poll costs three MAX(id) look-ups when nothing
 * changed; new rows are read by id range. Each read is a short auto-commit query, so the engine's
 * writer is never held up (WAL) or only for one statement (rollback journal).
 */
public final class LiveMonitor {
    private final Battle battle;
    private final LiveRules rules;
    private final Map<String, ModelState> models = new HashMap<>();
    private long lastSnapshotId;
    private long lastDecisionId;
    private long lastTradeId;
    private String leader;

    public LiveMonitor(Battle battle, LiveRules rules) {
        this.battle = battle;
        this.rules = rules;
        Map<String, Standing> standings = new HashMap<>();
        for (Standing s : battle.standings()) {
            standings.put(s.modelId(), s);
        }
        battle.curves(TimeRange.ALL).forEach((id, curve) -> {
            ModelState state = new ModelState(InitialCapital.resolve(null, standings.get(id), EquityCurve.of(curve)));
            curve.forEach(s -> state.add(s.equity()));
            models.put(id, state);
        });
        this.lastSnapshotId = battle.maxSnapshotId();
        this.lastDecisionId = battle.maxDecisionId();
        this.lastTradeId = battle.maxTradeId();
        this.leader = currentLeader();
    }

    /** Reads what is new since the last poll; cheap when nothing changed. */
    public LiveUpdate poll() {
        long snapshotId = battle.maxSnapshotId();
        long decisionId = battle.maxDecisionId();
        long tradeId = battle.maxTradeId();
        if (snapshotId == lastSnapshotId && decisionId == lastDecisionId && tradeId == lastTradeId) {
            return LiveUpdate.NONE;
        }
        List<HourlySnapshot> snapshots = snapshotId > lastSnapshotId ? battle.snapshotsAfterId(lastSnapshotId)
                : List.of();
        List<Decision> decisions = decisionId > lastDecisionId ? battle.decisionsAfterId(lastDecisionId) : List.of();
        List<Trade> trades = tradeId > lastTradeId ? battle.tradesAfterId(lastTradeId) : List.of();
        // rows written after the MAX(id) look-up may already be in the lists: continue after the last one read
        snapshots.forEach(s -> lastSnapshotId = Math.max(lastSnapshotId, s.id()));
        decisions.forEach(d -> lastDecisionId = Math.max(lastDecisionId, d.id()));
        trades.forEach(t -> lastTradeId = Math.max(lastTradeId, t.id()));
        return new LiveUpdate(snapshots, decisions, trades, events(snapshots, trades));
    }

    private List<LiveEvent> events(List<HourlySnapshot> snapshots, List<Trade> trades) {
        List<LiveEvent> events = new ArrayList<>();
        for (HourlySnapshot s : snapshots) {
            ModelState state = models.computeIfAbsent(s.modelId(), id -> new ModelState(s.equity()));
            double oldPeak = state.peak();
            double oldMaxDrawdown = state.maxDrawdownPct();
            boolean hadHistory = state.count > 0;
            state.add(s.equity());
            if (rules.newHighs() && hadHistory && s.equity() > oldPeak) {
                events.add(new LiveEvent(LiveEvent.Kind.NEW_HIGH, s.modelId(), s.timestamp(),
                        String.format("%s reached a new high: $%,.2f", s.modelId(), s.equity())));
            }
            if (rules.newMaxDrawdowns() && state.maxDrawdownPct() > oldMaxDrawdown) {
                events.add(new LiveEvent(LiveEvent.Kind.NEW_MAX_DRAWDOWN, s.modelId(), s.timestamp(),
                        String.format("%s is in its deepest drawdown: %.2f %%", s.modelId(), state.maxDrawdownPct())));
            }
        }
        if (!snapshots.isEmpty()) {
            String now = currentLeader();
            if (rules.leaderChanges() && now != null && !now.equals(leader)) {
                HourlySnapshot last = snapshots.get(snapshots.size() - 1);
                events.add(new LiveEvent(LiveEvent.Kind.NEW_LEADER, now, last.timestamp(),
                        now + " takes the lead" + (leader == null ? "" : " from " + leader)));
            }
            leader = now;
        }
        for (Trade t : trades) {
            if (-t.realizedPnl() >= rules.largeLossDollars()) {
                events.add(new LiveEvent(LiveEvent.Kind.LARGE_LOSS, t.modelId(), t.exitTime(),
                        String.format("%s lost $%,.2f on %s", t.modelId(), -t.realizedPnl(), t.symbol())));
            }
        }
        return events;
    }

    /** The first model in the leaderboard's order (return, Sharpe, max drawdown, model id), or null with none. */
    private String currentLeader() {
        List<RankingEntry> entries = new ArrayList<>();
        models.forEach((id, state) -> entries.add(state.entry(id)));
        List<RankedModel> ranked = Rankings.rank(entries);
        return ranked.isEmpty() ? null : ranked.get(0).modelId();
    }

    /** Running figures of one model's curve. */
    private static final class ModelState {
        private final double initialCapital;
        private final Metrics.PeakTracker peak = new Metrics.PeakTracker();
        private final Metrics.ReturnMoments returns = new Metrics.ReturnMoments();
        private double last;
        private int count;

        ModelState(double initialCapital) {
            this.initialCapital = initialCapital;
        }

        void add(double equity) {
            peak.add(equity);
            returns.addEquity(equity);
            last = equity;
            count++;
        }

        double peak() {
            return peak.started() ? peak.peak() : Double.NEGATIVE_INFINITY;
        }

        double maxDrawdownPct() {
            return peak.maxDrawdownPct();
        }

        /** The all-time figures the leaderboard ranks by: return vs the initial capital, engine Sharpe, max drawdown %. */
        RankingEntry entry(String modelId) {
            return new RankingEntry(modelId, Metrics.returnPct(last, initialCapital),
                    returns.sharpe(Metrics.ENGINE_PERIODS_PER_YEAR), peak.maxDrawdownPct());
        }
    }
}
