package com.battlescope.service.maintenance;

import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.Rankings;
import com.battlescope.analytics.TradeStats;
import com.battlescope.data.LeaderboardMapper;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the current ranking of a timeframe into {@code leaderboard_snapshots}: one row per model, all sharing one
 * {@code snapshot_time} (the wall clock, in the engine's text form). Unlike the engine, daily/weekly/monthly rank the
 * real look-back window ({@link Rankings#rankTimeframe}); the row's figures are those of that window, trades those
 * closed in it. A second snapshot at the same time is refused.
 */
public final class SnapshotLeaderboard implements MaintenanceTask {
    private final Timeframe timeframe;

    public SnapshotLeaderboard(Timeframe timeframe) {
        this.timeframe = timeframe;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.SNAPSHOT;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Path file = ctx.files().leaderboard();
        Battle battle = ctx.battle();
        requireTable(battle, file);
        BattleData data = BattleData.read(battle);
        List<LeaderboardSnapshot> rows = rows(data, timeframe, null);
        long before = battle.leaderboardSnapshotCount();
        List<String> changes = new ArrayList<>();
        changes.add("insert " + rows.size() + " rows into leaderboard_snapshots of " + file.getFileName()
                + " (timeframe " + timeframe.text() + ", one snapshot_time: the time of the run)");
        for (LeaderboardSnapshot r : rows) {
            changes.add(String.format(Locale.ROOT, "  #%d %s  %+.4f %%", r.rank(), r.modelId(), r.totalReturnPct()));
        }
        changes.add(data.tradeSource());
        return new MaintenancePlan(action(), "Snapshot the " + timeframe.text() + " leaderboard", changes,
                List.of(file), List.of(new TableCount(file.getFileName().toString(), "leaderboard_snapshots", before,
                before + rows.size())), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Path file = ctx.files().leaderboard();
        requireTable(ctx.battle(), file);
        BattleData data = BattleData.read(ctx.battle());
        Stamp time = ctx.now();
        List<LeaderboardSnapshot> rows = rows(data, timeframe, time);
        if (rows.isEmpty()) {
            throw new MaintenanceException("no model has hourly snapshots: there is nothing to rank");
        }
        long[] counts = ctx.write(file, s -> {
            LeaderboardMapper m = s.getMapper(LeaderboardMapper.class);
            if (m.countLeaderboardAt(timeframe.text(), time) > 0) {
                throw new MaintenanceException(file + ": a " + timeframe.text() + " snapshot at " + time.text()
                        + " already exists; refusing to write a second one at the same time");
            }
            long before = m.countLeaderboardSnapshots();
            rows.forEach(m::insertLeaderboardSnapshot);
            return new long[] {before, m.countLeaderboardSnapshots()};
        });
        out.file(file).count(file, "leaderboard_snapshots", counts[0], counts[1]);
        out.message("inserted " + rows.size() + " " + timeframe.text() + " leaderboard rows at snapshot_time "
                + time.text() + "; leader: " + rows.get(0).modelId());
        out.message(data.tradeSource());
    }

    private static void requireTable(Battle battle, Path file) {
        if (!battle.hasLeaderboardSnapshots()) {
            throw new MaintenanceException(file + ": no leaderboard_snapshots table to write to");
        }
    }

    /** The rows of a snapshot in rank order; {@code time} may be null for a preview. */
    static List<LeaderboardSnapshot> rows(BattleData data, Timeframe timeframe, Stamp time) {
        List<RankedModel> ranked = Rankings.rankTimeframe(data.curves(), data.initialCapitals(), timeframe);
        List<LeaderboardSnapshot> rows = new ArrayList<>();
        for (RankedModel r : ranked) {
            EquityCurve curve = data.curves().get(r.modelId());
            EquityCurve window = Rankings.window(curve, timeframe);
            double base = Metrics.returnBase(timeframe, data.initialCapital(r.modelId()), window.first().equity());
            HourlySnapshot last = curve.last();
            Stamp start = window.first().timestamp();
            List<Trade> trades = data.tradesOf(r.modelId()).stream()
                    .filter(t -> timeframe == Timeframe.ALL_TIME || t.exitTime().compareTo(start) >= 0).toList();
            TradeStats ts = TradeStats.of(trades);
            rows.add(new LeaderboardSnapshot(null, r.modelId(), timeframe.text(), time, r.rank(),
                    r.entry().totalReturnPct(), last.equity() - base, last.equity(), r.entry().sharpeRatio(),
                    r.entry().maxDrawdownPct(), ts.count(), ts.winRate(), ts.profitFactor(), last.positionsCount(),
                    Metrics.exposurePct(last.positionsValue(), last.equity())));
        }
        return rows;
    }
}
