package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecomputeStandingsTest {
    @TempDir
    Path tmp;

    /**
     * The fixtures' standings were written by the engine from its unrounded equity as each snapshot was taken; the
     * recomputation from the stored (cent-rounded) snapshots and trade_log must give the same figures.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny", "full-split"})
    void recomputedStandingsMatchWhatTheEngineWrote(String fixture) throws Exception {
        Path folder = Fixtures.copy(fixture, tmp);
        Path db = folder.resolve(fixture.equals("tiny") ? "metrics_timeseries.db" : "leaderboard.db");
        List<Map<String, Object>> engine = standings(db);

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new RecomputeStandings(),
                MaintenanceProgress.NONE);

        List<Map<String, Object>> ours = standings(db);
        assertThat(ours).hasSameSizeAs(engine);
        for (int i = 0; i < ours.size(); i++) {
            Map<String, Object> e = engine.get(i);
            Map<String, Object> o = ours.get(i);
            assertThat(o.get("model_id")).isEqualTo(e.get("model_id"));
            close(o, e, "current_equity", 0.006);
            close(o, e, "total_return_pct", 1e-5);
            close(o, e, "total_return_dollars", 0.006);
            closeRelative(o, e, "sharpe_ratio", 1e-3);
            close(o, e, "max_drawdown_pct", 1e-4);
            assertThat(o.get("total_trades")).isEqualTo(e.get("total_trades"));
            close(o, e, "win_rate", 1e-9);
            closeRelative(o, e, "profit_factor", 1e-9);
            assertThat(o.get("open_positions_count")).isEqualTo(e.get("open_positions_count"));
            close(o, e, "total_exposure_pct", 1e-3);
            assertThat(o.get("last_updated")).isEqualTo("2025-03-03 14:00:00");
        }
        assertThat(r.messages()).contains("recomputed " + ours.size() + " standings: " + ours.size()
                + " updated, 0 inserted", "using " + Db.count(folder.resolve("metrics_timeseries.db"), "trade_log")
                + " trades from trade_log");
    }

    @Test
    void aModelWithoutAStandingIsInsertedWithItsFirstSnapshotAsCapital() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path db = folder.resolve("metrics_timeseries.db");
        Db.execute(db, "DELETE FROM current_standings WHERE model_id = 'gpt-4o'");
        Map<String, Object> first = Db.row(db, "SELECT equity FROM hourly_snapshots WHERE model_id = 'gpt-4o' "
                + "ORDER BY timestamp LIMIT 1");
        Map<String, Object> last = Db.row(db, "SELECT equity FROM hourly_snapshots WHERE model_id = 'gpt-4o' "
                + "ORDER BY timestamp DESC LIMIT 1");

        MaintenancePlan plan = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).plan(folder, new RecomputeStandings());
        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new RecomputeStandings(),
                MaintenanceProgress.NONE);

        assertThat(plan.changes().get(0)).contains("1 updated, 1 inserted");
        assertThat(plan.tables()).containsExactly(new TableCount("metrics_timeseries.db", "current_standings", 1, 2));
        assertThat(r.tables()).containsExactly(new TableCount("metrics_timeseries.db", "current_standings", 1, 2));
        Map<String, Object> row = Db.row(db, "SELECT * FROM current_standings WHERE model_id = 'gpt-4o'");
        double capital = (Double) first.get("equity");
        double equity = (Double) last.get("equity");
        assertThat((Double) row.get("total_return_dollars")).isCloseTo(equity - capital, offset(1e-9));
        assertThat((Double) row.get("total_return_pct")).isCloseTo((equity - capital) / capital * 100, offset(1e-12));
    }

    @Test
    void engineDefaultFolderTakesTradesFromExecutedDecisionsAndSaysSo() throws Exception {
        Path folder = Fixtures.copy("engine-default", tmp);

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new RecomputeStandings(),
                MaintenanceProgress.NONE);

        assertThat(r.messages()).anyMatch(m -> m.startsWith("trade_log is empty: using ")
                && m.endsWith(" trades reconstructed from executed decisions"));
        long trades = ((Number) Db.value(folder.resolve("metrics_timeseries.db"),
                "SELECT SUM(total_trades) FROM current_standings")).longValue();
        assertThat(trades).isPositive();
    }

    @Test
    void refusedWhenTheFileIsMarkedReadOnlyAndNothingChanges() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path db = folder.resolve("metrics_timeseries.db");
        String before = Db.sha256(db);
        db.toFile().setWritable(false, false);
        try {
            assertThatThrownBy(() -> Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder,
                    new RecomputeStandings(), MaintenanceProgress.NONE))
                    .hasMessageContaining(db.toString()).hasMessageContaining("read-only");
        } finally {
            db.toFile().setWritable(true, false);
        }
        assertThat(Db.sha256(db)).isEqualTo(before);
    }

    private static void closeRelative(Map<String, Object> ours, Map<String, Object> engine, String column, double rel) {
        Object e = engine.get(column);
        close(ours, engine, column, e == null ? 0 : rel * Math.abs(((Number) e).doubleValue()));
    }

    /** Both null, both the same infinity, or both numbers within the tolerance. */
    private static void close(Map<String, Object> ours, Map<String, Object> engine, String column, double tol) {
        Object e = engine.get(column);
        if (e == null) {
            assertThat(ours.get(column)).as(column).isNull();
            return;
        }
        double x = num(engine, column);
        if (Double.isInfinite(x)) {
            assertThat(num(ours, column)).as(column).isEqualTo(x);
            return;
        }
        assertThat(num(ours, column)).as(column + " of " + engine.get("model_id")).isCloseTo(x, offset(tol));
    }

    private static double num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    private static List<Map<String, Object>> standings(Path db) throws Exception {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (List<Object> id : Db.rows(db, "SELECT model_id FROM current_standings ORDER BY model_id")) {
            out.add(Db.row(db, "SELECT * FROM current_standings WHERE model_id = ?", id.get(0)));
        }
        return out;
    }
}
