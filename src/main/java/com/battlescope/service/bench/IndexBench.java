package com.battlescope.service.bench;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.model.Decision;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.index.IndexRun;
import com.battlescope.service.index.IndexService;
import com.battlescope.service.maintenance.MaintenanceProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * BattleScope's own index in the benchmark: its build on the folder (timed), its size, and its incremental update
 * after a writer appended {@link #APPENDED} decisions to a copy of the folder (the folder itself is never written).
 */
final class IndexBench {
    static final int APPENDED = 10_000;
    private final IndexService service = new IndexService();

    /** Builds the index of {@code battle} (its decision pages then read through it) and times the update on a copy. */
    IndexFigures run(Battle battle, List<Decision> templates) {
        long start = System.nanoTime();
        IndexRun built = service.rebuild(battle, MaintenanceProgress.NONE);
        double buildS = (System.nanoTime() - start) / 1e9;
        if (built.outcome() != IndexRun.Outcome.BUILT || !battle.usesIndex()) {
            throw new IllegalStateException("the index was not built: " + built);
        }
        long size = battle.indexStore().size();
        Path decisions = battle.fileOf(DecisionMapper.class);
        double pct = 100.0 * size / Math.max(1, decisions.toFile().length());
        return new IndexFigures(buildS, updateOnCopy(battle, decisions.getFileName().toString(), templates), size, pct);
    }

    private double updateOnCopy(Battle battle, String decisionsFile, List<Decision> templates) {
        Path dir = copyOf(battle.path());
        try {
            try (Battle copy = new BattleService().open(dir)) {
                copy.indexStore().adopt(battle.indexStore());
                IndexRun verified = service.open(copy, MaintenanceProgress.NONE);
                if (verified.outcome() != IndexRun.Outcome.FRESH) {
                    throw new IllegalStateException("the copied index was not taken as current: " + verified);
                }
                try (SqliteDatabase writer = SqliteDatabase.openWritable(dir.resolve(decisionsFile))) {
                    new InsertThroughput(templates, APPENDED).insertDecisions(writer, 0, APPENDED);
                }
                long start = System.nanoTime();
                IndexRun r = service.update(copy, MaintenanceProgress.NONE);
                double ms = (System.nanoTime() - start) / 1e6;
                if (r.outcome() != IndexRun.Outcome.UPDATED || r.added() != APPENDED) {
                    throw new IllegalStateException("the index update did not add the " + APPENDED
                            + " appended decisions: " + r);
                }
                service.delete(copy);
                return ms;
            }
        } finally {
            delete(dir);
        }
    }

    private static Path copyOf(Path folder) {
        try {
            Path dir = Files.createTempDirectory("battlescope-bench-index");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.db(-wal)?")).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the folder for the index update benchmark", e);
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
