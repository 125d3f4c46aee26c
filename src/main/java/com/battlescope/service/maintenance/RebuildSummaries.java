package com.battlescope.service.maintenance;

import com.battlescope.analytics.PeriodReturns;
import com.battlescope.data.SummaryMapper;
import com.battlescope.model.DailySummary;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.WeeklySummary;
import com.battlescope.service.Battle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds {@code daily_summaries}, {@code weekly_summaries} and {@code monthly_summaries} from the hourly snapshots
 * and trades ({@link PeriodReturns}), upserting on each table's unique key; rows of periods without snapshots stay.
 * Reports how many rows were inserted, updated and already equal. Cancellable: one transaction, checked per chunk.
 */
public final class RebuildSummaries implements MaintenanceTask {
    private static final int CHUNK = 500;

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.SUMMARIES;
    }

    /** The rows to write and how they compare with what is stored. */
    record Rebuild(Diff<DailySummary> daily, Diff<WeeklySummary> weekly, Diff<MonthlySummary> monthly,
                   String tradeSource, List<String> skipped) {
        int rows() {
            return daily.rows.size() + weekly.rows.size() + monthly.rows.size();
        }
    }

    /** Computed rows of one table against the stored rows with the same keys. */
    record Diff<T>(String table, List<T> rows, long stored, long inserts, long updates, long unchanged) {
        String describe(boolean planned) {
            return table + ": " + inserts + (planned ? " to insert, " : " inserted, ") + updates
                    + (planned ? " to update, " : " updated, ") + unchanged + " unchanged (" + stored + " rows before)";
        }
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Path file = ctx.files().metrics();
        Rebuild r = compute(ctx.battle(), file);
        List<String> changes = new ArrayList<>();
        changes.add("upsert " + r.rows() + " summary rows in " + file.getFileName() + " (one transaction):");
        for (Diff<?> d : List.of(r.daily, r.weekly, r.monthly)) {
            changes.add("  " + d.describe(true));
        }
        changes.add(r.tradeSource);
        r.skipped.forEach(changes::add);
        return new MaintenancePlan(action(), "Rebuild the daily, weekly and monthly summaries", changes, List.of(file),
                List.of(count(file, r.daily), count(file, r.weekly), count(file, r.monthly)), true);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Path file = ctx.files().metrics();
        Rebuild r = compute(ctx.battle(), file);
        int total = Math.max(1, r.rows());
        int[] done = {0};
        long[] after = ctx.write(file, s -> {
            SummaryMapper m = s.getMapper(SummaryMapper.class);
            upsert(ctx, r.daily, m::upsertDailySummary, done, total);
            upsert(ctx, r.weekly, m::upsertWeeklySummary, done, total);
            upsert(ctx, r.monthly, m::upsertMonthlySummary, done, total);
            return new long[] {m.getDailySummaries(null).size(), m.getWeeklySummaries(null).size(),
                    m.getMonthlySummaries(null).size()};
        });
        out.file(file).count(file, r.daily.table, r.daily.stored, after[0])
                .count(file, r.weekly.table, r.weekly.stored, after[1])
                .count(file, r.monthly.table, r.monthly.stored, after[2]);
        out.message("rebuilt " + r.rows() + " summary rows from the hourly snapshots");
        for (Diff<?> d : List.of(r.daily, r.weekly, r.monthly)) {
            out.message(d.describe(false));
        }
        out.message(r.tradeSource);
        r.skipped.forEach(out::warning);
    }

    private static <T> void upsert(MaintenanceContext ctx, Diff<T> diff, Function<T, Integer> write, int[] done,
                                   int total) {
        for (T row : diff.rows) {
            write.apply(row);
            if (++done[0] % CHUNK == 0) {
                ctx.step((double) done[0] / total, diff.table + ": " + done[0] + " of " + total + " rows");
            }
        }
        ctx.step((double) done[0] / total, diff.table + " written");
    }

    static Rebuild compute(Battle battle, Path file) {
        if (!battle.hasSummaries()) {
            throw new MaintenanceException(file + ": the summary tables are missing (daily, weekly, monthly)");
        }
        BattleData data = BattleData.read(battle);
        var snapshots = data.allSnapshots();
        var trades = data.trades().trades();
        List<String> skipped = new ArrayList<>();
        Diff<DailySummary> daily = diff("daily_summaries", valid(PeriodReturns.daily(snapshots, trades), skipped,
                        d -> d.modelId() + " on " + d.date(), d -> new double[] {d.openingEquity(), d.closingEquity(),
                                d.highEquity(), d.lowEquity()}),
                battle.dailySummaries(null), d -> d.modelId() + "|" + d.date(), RebuildSummaries::withoutId);
        Diff<WeeklySummary> weekly = diff("weekly_summaries", valid(PeriodReturns.weekly(snapshots, trades), skipped,
                        w -> w.modelId() + " in the week of " + w.weekStart(),
                        w -> new double[] {w.startingEquity(), w.endingEquity()}),
                battle.weeklySummaries(null), w -> w.modelId() + "|" + w.weekStart(), RebuildSummaries::withoutId);
        Diff<MonthlySummary> monthly = diff("monthly_summaries", valid(PeriodReturns.monthly(snapshots, trades),
                        skipped, m -> m.modelId() + " in " + m.year() + "-" + String.format("%02d", m.month()),
                        m -> new double[] {m.startingEquity(), m.endingEquity()}),
                battle.monthlySummaries(null), m -> m.modelId() + "|" + m.year() + "|" + m.month(),
                RebuildSummaries::withoutId);
        return new Rebuild(daily, weekly, monthly, data.tradeSource(), skipped);
    }

    /**
     * The rows the contract accepts (every equity > 0); each other one is left out with a line naming the model
     * and the period, so one bad snapshot does not stop the rebuild with SQLite's CHECK message.
     */
    private static <T> List<T> valid(List<T> rows, List<String> skipped, Function<T, String> where,
                                     Function<T, double[]> equities) {
        List<T> ok = new ArrayList<>();
        for (T row : rows) {
            double lowest = java.util.Arrays.stream(equities.apply(row)).min().orElse(1);
            if (lowest > 0) {
                ok.add(row);
            } else {
                String table = row instanceof DailySummary ? "daily" : row instanceof WeeklySummary ? "weekly"
                        : "monthly";
                skipped.add("skip the " + table + " summary of " + where.apply(row) + ": its equity falls to "
                        + lowest + ", and the contract wants every equity of a summary > 0 (fix the snapshots, then "
                        + "rebuild)");
            }
        }
        return ok;
    }

    private static <T> Diff<T> diff(String table, List<T> computed, List<T> stored, Function<T, String> key,
                                    Function<T, T> withoutId) {
        Map<String, T> byKey = stored.stream().collect(Collectors.toMap(key, withoutId, (a, b) -> a));
        long inserts = 0;
        long unchanged = 0;
        for (T row : computed) {
            T old = byKey.get(key.apply(row));
            if (old == null) {
                inserts++;
            } else if (old.equals(row)) {
                unchanged++;
            }
        }
        return new Diff<>(table, computed, stored.size(), inserts, computed.size() - inserts - unchanged, unchanged);
    }

    private static TableCount count(Path file, Diff<?> d) {
        return new TableCount(file.getFileName().toString(), d.table, d.stored, d.stored + d.inserts);
    }

    private static DailySummary withoutId(DailySummary d) {
        return new DailySummary(null, d.modelId(), d.date(), d.openingEquity(), d.closingEquity(), d.highEquity(),
                d.lowEquity(), d.dailyPnl(), d.dailyReturnPct(), d.tradesOpened(), d.tradesClosed(),
                d.maxDrawdownPct(), d.sharpeRatio());
    }

    private static WeeklySummary withoutId(WeeklySummary w) {
        return new WeeklySummary(null, w.modelId(), w.weekStart(), w.weekEnd(), w.startingEquity(), w.endingEquity(),
                w.weeklyReturnPct(), w.totalTrades(), w.winningTrades(), w.losingTrades(), w.winRate(),
                w.sharpeRatio(), w.maxDrawdownPct());
    }

    private static MonthlySummary withoutId(MonthlySummary m) {
        return new MonthlySummary(null, m.modelId(), m.year(), m.month(), m.startingEquity(), m.endingEquity(),
                m.monthlyReturnPct(), m.totalTrades(), m.winningTrades(), m.losingTrades(), m.winRate(),
                m.profitFactor(), m.sharpeRatio(), m.maxDrawdownPct());
    }
}
