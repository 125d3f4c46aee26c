package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Fixtures;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegrityCheckTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void fixturesHaveNoProblems(String fixture) throws Exception {
        Path folder = Fixtures.copy(fixture, tmp);
        String sum = Db.sha256(folder.resolve("metrics_timeseries.db"));

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new IntegrityCheck(false),
                MaintenanceProgress.NONE);

        assertThat(r.warnings()).isEmpty();
        assertThat(r.detail("problems").rows()).isEmpty();
        assertThat(r.messages().get(0)).endsWith("no problems");
        assertThat(Db.sha256(folder.resolve("metrics_timeseries.db"))).isEqualTo(sum);
    }

    @Test
    void reportsRowsThatBreakTheContract() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        Path decisions = folder.resolve("decisions.db");
        Db.execute(metrics, "PRAGMA ignore_check_constraints = ON",
                "UPDATE hourly_snapshots SET equity = -5 WHERE id IN (3, 4)",
                "UPDATE hourly_snapshots SET timestamp = 1736157600 WHERE id = 7");
        Db.execute(decisions, "PRAGMA ignore_check_constraints = ON",
                "UPDATE decision_log SET confidence = 150 WHERE id = 2",
                "UPDATE decision_log SET decision = 'BUY' WHERE id = 5");

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new IntegrityCheck(true),
                MaintenanceProgress.NONE);

        assertThat(r.detail("problems").rows()).containsExactlyInAnyOrder(
                List.of("metrics_timeseries.db", "hourly_snapshots", "equity <= 0", 2L, "id 3, id 4"),
                List.of("metrics_timeseries.db", "hourly_snapshots", "timestamp not a text time", 1L, "id 7"),
                List.of("decisions.db", "decision_log", "unknown decision text", 1L, "id 5"),
                List.of("decisions.db", "decision_log", "confidence outside 0..100", 1L, "id 2"));
        assertThat(r.warnings()).contains("decisions.db decision_log: confidence outside 0..100 (1 rows, e.g. id 2)");
        assertThat(r.messages().get(0)).endsWith("4 problem(s)");
    }

    @Test
    void reportsACorruptFileInsteadOfFailing() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path decisions = folder.resolve("decisions.db");
        try (RandomAccessFile f = new RandomAccessFile(decisions.toFile(), "rw")) {
            f.seek(4096 * 3);
            f.write(new byte[4096 * 20]);
        }

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new IntegrityCheck(false),
                MaintenanceProgress.NONE);

        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(r.warnings()).isNotEmpty().allMatch(w -> w.startsWith("decisions.db"));
        assertThat(r.files()).hasSize(3);
    }

    @Test
    void aStaleSearchIndexIsReported() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        service.run(folder, new SearchIndex(false), MaintenanceProgress.NONE);
        Db.execute(folder.resolve("decisions.db"), "INSERT INTO decision_log (model_id, symbol, decision, reasoning, "
                + "timestamp) VALUES ('gpt-4o', 'AAPL', 'hold', 'later', '2025-01-09 10:00:00')");

        MaintenanceResult r = service.run(folder, new IntegrityCheck(true), MaintenanceProgress.NONE);

        assertThat(r.warnings()).containsExactly("decisions.db decision_fts: search index stale — 47 decisions indexed"
                + " of 48; run Build search index");
    }
}
