package com.battlescope.service.maintenance;

import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.Drawdowns;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.RiskRatios;
import com.battlescope.analytics.TradeStats;
import com.battlescope.data.LeaderboardMapper;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.service.Battle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Recomputes {@code current_standings} from the snapshots (and trades) with the engine's own formulas, so that
 * the engine reads back what it would have written: return vs the initial capital, the engine's Sharpe and its
 * drawdown percent (taken at the largest dollar fall), positions of the latest snapshot. Upserts on model_id like
 * the engine; models without snapshots keep their row.
 */
public final class RecomputeStandings implements MaintenanceTask {

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.STANDINGS;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Path file = ctx.files().leaderboard();
        BattleData data = read(ctx, file);
        List<Standing> rows = standings(data, ctx.now());
        List<String> changes = new ArrayList<>();
        int inserts = 0;
        for (Standing s : rows) {
            Standing old = data.standings().get(s.modelId());
            if (old == null) {
                inserts++;
            }
            changes.add(describe(old, s));
        }
        changes.add(0, "upsert " + rows.size() + " rows of current_standings in " + file.getFileName() + ": "
                + (rows.size() - inserts) + " updated, " + inserts + " inserted; last_updated = the time of the run");
        changes.add(data.tradeSource());
        long before = data.standings().size();
        return new MaintenancePlan(action(), "Recompute the current standings", changes, List.of(file),
                List.of(new TableCount(file.getFileName().toString(), "current_standings", before, before + inserts)),
                false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Path file = ctx.files().leaderboard();
        BattleData data = read(ctx, file);
        List<Standing> rows = standings(data, ctx.now());
        if (rows.isEmpty()) {
            throw new MaintenanceException("no model has hourly snapshots: there are no standings to compute");
        }
        long[] r = ctx.write(file, s -> {
            LeaderboardMapper m = s.getMapper(LeaderboardMapper.class);
            Set<String> existing = new HashSet<>();
            m.getStandings().forEach(x -> existing.add(x.modelId()));
            long before = existing.size();
            long inserted = rows.stream().filter(x -> !existing.contains(x.modelId())).count();
            rows.forEach(m::upsertStanding);
            return new long[] {before, m.getStandings().size(), inserted};
        });
        out.file(file).count(file, "current_standings", r[0], r[1]);
        out.message("recomputed " + rows.size() + " standings: " + (rows.size() - r[2]) + " updated, " + r[2]
                + " inserted");
        out.message(data.tradeSource());
    }

    private static BattleData read(MaintenanceContext ctx, Path file) {
        Battle battle = ctx.battle();
        if (!battle.hasStandings()) {
            throw new MaintenanceException(file + ": no current_standings table to write to");
        }
        return BattleData.read(battle);
    }

    /** One standing per model with snapshots, in model order, as the engine computes it. */
    static List<Standing> standings(BattleData data, Stamp now) {
        List<Standing> out = new ArrayList<>();
        for (Map.Entry<String, EquityCurve> e : data.curves().entrySet()) {
            EquityCurve curve = e.getValue();
            if (curve.isEmpty()) {
                continue;
            }
            String model = e.getKey();
            double capital = data.initialCapital(model);
            HourlySnapshot last = curve.last();
            TradeStats ts = TradeStats.of(data.tradesOf(model));
            // the engine has no drawdown below two points; its percent is the one at the largest dollar fall
            Double drawdown = curve.size() < 2 ? null : Drawdowns.max(curve).engineMaxPct();
            out.add(new Standing(model, (last.equity() - capital) / capital * 100, last.equity() - capital,
                    last.equity(), RiskRatios.engineSharpe(curve), drawdown, ts.count(), ts.winRate(),
                    ts.profitFactor(), last.positionsCount(), Metrics.exposurePct(last.positionsValue(), last.equity()), now));
        }
        return out;
    }

    private static String describe(Standing old, Standing s) {
        if (old == null) {
            return String.format(Locale.ROOT, "  insert %s: return %.4f %%, equity %.2f", s.modelId(),
                    s.totalReturnPct(), s.currentEquity());
        }
        List<String> diffs = new ArrayList<>();
        diff(diffs, "return %", old.totalReturnPct(), s.totalReturnPct());
        diff(diffs, "equity", old.currentEquity(), s.currentEquity());
        diff(diffs, "Sharpe", old.sharpeRatio(), s.sharpeRatio());
        diff(diffs, "max drawdown %", old.maxDrawdownPct(), s.maxDrawdownPct());
        diff(diffs, "trades", (double) old.totalTrades(), (double) s.totalTrades());
        diff(diffs, "win rate", old.winRate(), s.winRate());
        diff(diffs, "profit factor", old.profitFactor(), s.profitFactor());
        diff(diffs, "open positions", (double) old.openPositionsCount(), (double) s.openPositionsCount());
        diff(diffs, "exposure %", old.totalExposurePct(), s.totalExposurePct());
        return "  update " + s.modelId() + ": " + (diffs.isEmpty() ? "same figures" : String.join(", ", diffs));
    }

    private static void diff(List<String> out, String name, Double before, Double after) {
        if (!Objects.equals(round(before), round(after))) {
            out.add(name + " " + text(before) + " → " + text(after));
        }
    }

    private static Double round(Double v) {
        if (v == null || v.isInfinite() || v.isNaN()) {
            return v;
        }
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String text(Double v) {
        if (v == null) {
            return "none";
        }
        return v.isInfinite() ? "∞" : String.format(Locale.ROOT, "%.4f", v);
    }
}
