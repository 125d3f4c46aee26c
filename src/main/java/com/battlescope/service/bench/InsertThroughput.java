package com.battlescope.service.bench;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.SchemaScripts;
import com.battlescope.data.SnapshotMapper;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Write throughput of snapshot and decision inserts, as the engine and the demo generator write them, into a
 * new database with the contract's schema in a temporary folder (never the user's folder), deleted afterwards.
 */
final class InsertThroughput {
    static final int ROWS_PER_TRANSACTION = 1000;
    private static final LocalDateTime START = LocalDateTime.of(2030, 1, 1, 0, 0);

    private final List<Decision> templates;
    private final int rowsPerKind;

    /**
     * @param templates   real decisions whose text and figures are copied (sizes as in the folder); not empty
     * @param rowsPerKind snapshots and decisions each inserted per run
     */
    InsertThroughput(List<Decision> templates, int rowsPerKind) {
        this.templates = List.copyOf(templates);
        this.rowsPerKind = rowsPerKind;
    }

    /** Rows per second of wall-clock time and of this thread's CPU time (medians over the runs, after a warm-up). */
    record Rates(double wall, double cpu) {
    }

    Rates rowsPerSecond(int runs) {
        Path dir = tempDir();
        try (SqliteDatabase metrics = SqliteDatabase.create(dir.resolve("metrics_timeseries.db"));
             SqliteDatabase decisions = SqliteDatabase.create(dir.resolve("decisions.db"))) {
            SchemaScripts.apply(metrics, false, SchemaScripts.METRICS);
            SchemaScripts.apply(decisions, true, SchemaScripts.DECISIONS);
            int[] run = {0};
            Timing.Measured<Void> t = Timing.median(1, runs, () -> {
                insert(metrics, decisions, run[0]++);
                return null;
            });
            double rows = 2.0 * rowsPerKind;
            return new Rates(rows / (t.medianMs() / 1000), t.medianCpuMs() > 0 ? rows / (t.medianCpuMs() / 1000) : 0);
        } finally {
            delete(dir);
        }
    }

    private void insert(SqliteDatabase metrics, SqliteDatabase decisions, int run) {
        long base = (long) run * rowsPerKind;
        for (int done = 0; done < rowsPerKind; done += ROWS_PER_TRANSACTION) {
            int from = done;
            int to = Math.min(rowsPerKind, done + ROWS_PER_TRANSACTION);
            metrics.writeBatch(s -> {
                SnapshotMapper mapper = s.getMapper(SnapshotMapper.class);
                for (int i = from; i < to; i++) {
                    mapper.insertSnapshot(snapshot(base + i));
                }
                return null;
            });
            insertDecisions(decisions, base + from, to - from);
        }
    }

    /** Appends {@code n} decisions numbered from {@code first} (times from 2030 on) in one transaction. */
    void insertDecisions(SqliteDatabase decisions, long first, int n) {
        decisions.writeBatch(s -> {
            DecisionMapper mapper = s.getMapper(DecisionMapper.class);
            for (long i = first; i < first + n; i++) {
                mapper.insertDecision(decision(i));
            }
            return null;
        });
    }

    private static HourlySnapshot snapshot(long n) {
        Stamp t = Stamp.of(START.plusHours(n / 20).plusSeconds(n % 20).plusNanos(123_456_000));
        return new HourlySnapshot(null, "bench-model-" + (n % 20), t, 100_000 + n % 997, 50_000, 50_000 + n % 997,
                (int) (n % 5));
    }

    private Decision decision(long n) {
        Decision d = templates.get((int) (n % templates.size()));
        Stamp t = Stamp.of(START.plusMinutes(n).plusNanos(654_321_000));
        return new Decision(null, d.modelId(), d.symbol(), d.decision(), d.reasoning(), d.confidence(), t,
                d.currentPrice(), d.positionSize(), d.entryPrice(), d.stopLoss(), d.takeProfit(), d.direction(),
                d.executed(), d.executionPrice(), d.executionTime() == null ? null : t, d.executionStatus());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("battlescope-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the write benchmark", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
