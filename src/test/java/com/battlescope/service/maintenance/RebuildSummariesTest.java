package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.battlescope.service.NewBattleFolder;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildSummariesTest {
    @TempDir
    Path tmp;
    private Path folder;
    private Path metrics;

    /** Model m: Monday 100 → 110 → 105, Tuesday 99 → 102; a winning trade Mon→Tue, a losing one on Tuesday. */
    @BeforeEach
    void battle() throws Exception {
        folder = tmp.resolve("battle");
        new NewBattleFolder().create(folder);
        metrics = folder.resolve("metrics_timeseries.db");
        Db.execute(metrics,
                snapshot("2025-01-06 10:00:00", 100), snapshot("2025-01-06 12:00:00", 110),
                snapshot("2025-01-06 16:00:00", 105), snapshot("2025-01-07 10:00:00", 99),
                snapshot("2025-01-07 16:00:00", 102),
                trade("2025-01-06 11:00:00", "2025-01-07 11:00:00", 5),
                trade("2025-01-07 12:00:00", "2025-01-07 15:00:00", -2),
                // a stale row to be corrected, and a row of a day without snapshots that must stay
                "INSERT INTO daily_summaries (id, model_id, date, opening_equity, closing_equity, high_equity, "
                        + "low_equity, daily_pnl, daily_return_pct, trades_opened, trades_closed) "
                        + "VALUES (40, 'm', '2025-01-06', 1, 1, 1, 1, 0, 0, 0, 0)",
                "INSERT INTO daily_summaries (id, model_id, date, opening_equity, closing_equity, high_equity, "
                        + "low_equity, daily_pnl, daily_return_pct, trades_opened, trades_closed) "
                        + "VALUES (41, 'm', '2025-01-01', 7, 7, 7, 7, 0, 0, 0, 0)");
    }

    @Test
    void rebuiltDailySummariesEqualHandComputedValues() throws Exception {
        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new RebuildSummaries(),
                MaintenanceProgress.NONE);

        Map<String, Object> mon = Db.row(metrics, "SELECT * FROM daily_summaries WHERE date = '2025-01-06'");
        assertThat(mon.get("id")).isEqualTo(40);
        assertThat(mon).containsEntry("opening_equity", 100.0).containsEntry("closing_equity", 105.0)
                .containsEntry("high_equity", 110.0).containsEntry("low_equity", 100.0)
                .containsEntry("daily_pnl", 5.0).containsEntry("daily_return_pct", 5.0)
                .containsEntry("trades_opened", 1).containsEntry("trades_closed", 0);
        assertThat((Double) mon.get("max_drawdown_pct")).isCloseTo(5.0 / 110 * 100, offset(1e-12));
        assertThat((Double) mon.get("sharpe_ratio")).isCloseTo(sharpe(0.1, 105.0 / 110 - 1), offset(1e-12));

        Map<String, Object> tue = Db.row(metrics, "SELECT * FROM daily_summaries WHERE date = '2025-01-07'");
        assertThat(tue).containsEntry("opening_equity", 105.0).containsEntry("closing_equity", 102.0)
                .containsEntry("high_equity", 102.0).containsEntry("low_equity", 99.0)
                .containsEntry("daily_pnl", -3.0).containsEntry("trades_opened", 1).containsEntry("trades_closed", 2);
        assertThat((Double) tue.get("daily_return_pct")).isCloseTo(-3.0 / 105 * 100, offset(1e-12));
        assertThat((Double) tue.get("max_drawdown_pct")).isCloseTo(6.0 / 105 * 100, offset(1e-12));
        assertThat((Double) tue.get("sharpe_ratio")).isCloseTo(sharpe(99.0 / 105 - 1, 102.0 / 99 - 1), offset(1e-12));

        assertThat(Db.row(metrics, "SELECT opening_equity FROM daily_summaries WHERE id = 41"))
                .containsEntry("opening_equity", 7.0);
        assertThat(r.messages()).contains("daily_summaries: 1 inserted, 1 updated, 0 unchanged (2 rows before)",
                "weekly_summaries: 1 inserted, 0 updated, 0 unchanged (0 rows before)",
                "monthly_summaries: 1 inserted, 0 updated, 0 unchanged (0 rows before)");
        assertThat(r.tables()).containsExactly(new TableCount("metrics_timeseries.db", "daily_summaries", 2, 3),
                new TableCount("metrics_timeseries.db", "weekly_summaries", 0, 1),
                new TableCount("metrics_timeseries.db", "monthly_summaries", 0, 1));
    }

    @Test
    void weeklyAndMonthlyRowsCountTheTradesClosedInThePeriod() throws Exception {
        Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new RebuildSummaries(), MaintenanceProgress.NONE);

        Map<String, Object> week = Db.row(metrics, "SELECT * FROM weekly_summaries");
        assertThat(week).containsEntry("week_start", "2025-01-06").containsEntry("week_end", "2025-01-12")
                .containsEntry("starting_equity", 100.0).containsEntry("ending_equity", 102.0)
                .containsEntry("total_trades", 2).containsEntry("winning_trades", 1).containsEntry("losing_trades", 1)
                .containsEntry("win_rate", 50.0);
        assertThat((Double) week.get("weekly_return_pct")).isCloseTo(2.0, offset(1e-12));
        assertThat((Double) week.get("max_drawdown_pct")).isCloseTo(11.0 / 110 * 100, offset(1e-12));
        Map<String, Object> month = Db.row(metrics, "SELECT * FROM monthly_summaries");
        assertThat(month).containsEntry("year", 2025).containsEntry("month", 1).containsEntry("profit_factor", 2.5);
    }

    @Test
    void aSecondRebuildChangesNothing() throws Exception {
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        service.run(folder, new RebuildSummaries(), MaintenanceProgress.NONE);
        var before = Db.dump(metrics);

        MaintenancePlan plan = service.plan(folder, new RebuildSummaries());
        MaintenanceResult r = service.run(folder, new RebuildSummaries(), MaintenanceProgress.NONE);

        assertThat(plan.changes()).contains("  daily_summaries: 0 to insert, 0 to update, 2 unchanged (3 rows before)");
        assertThat(r.messages()).contains("daily_summaries: 0 inserted, 0 updated, 2 unchanged (3 rows before)");
        assertThat(Db.dump(metrics)).isEqualTo(before);
    }

    @Test
    void cancelledRebuildRollsBack() throws Exception {
        var before = Db.dump(metrics);
        AtomicInteger updates = new AtomicInteger();
        MaintenanceProgress cancelAfterDaily = new MaintenanceProgress() {
            @Override
            public void update(double fraction, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 1;
            }
        };

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new RebuildSummaries(),
                cancelAfterDaily);

        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.CANCELLED);
        assertThat(Db.dump(metrics)).isEqualTo(before);
    }

    @Test
    void fixtureSummariesAreUpsertedNeverLost() throws Exception {
        Path split = Fixtures.copy("full-split", tmp);
        Path db = split.resolve("metrics_timeseries.db");
        List<List<Object>> keys = Db.rows(db, "SELECT id, model_id, date FROM daily_summaries ORDER BY id");

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(split, new RebuildSummaries(),
                MaintenanceProgress.NONE);

        // every stored (id, model, date) is still there: upserts keep ids, no row is deleted
        assertThat(Db.rows(db, "SELECT id, model_id, date FROM daily_summaries WHERE id <= ? ORDER BY id",
                keys.get(keys.size() - 1).get(0))).isEqualTo(keys);
        assertThat(r.tables().get(0).after()).isGreaterThanOrEqualTo(keys.size());
    }

    private static double sharpe(double r1, double r2) {
        double mean = (r1 + r2) / 2;
        double std = Math.sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean)) / 1);
        return mean / std * Math.sqrt(252);
    }

    private static String snapshot(String time, double equity) {
        return "INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, positions_count) "
                + "VALUES ('m', '" + time + "', " + equity + ", " + equity + ", 0, 0)";
    }

    private static String trade(String entry, String exit, double pnl) {
        return "INSERT INTO trade_log (model_id, symbol, direction, entry_price, entry_time, shares, exit_price, "
                + "exit_time, exit_reason, realized_pnl, realized_pnl_pct) VALUES ('m', 'AAPL', 'long', 100, '" + entry
                + "', 1, " + (100 + pnl) + ", '" + exit + "', 'manual', " + pnl + ", " + pnl + ")";
    }
}
