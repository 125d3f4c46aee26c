package com.battlescope.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.ComparisonService;
import com.battlescope.testutil.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark on a fixture folder: every figure present, index verdicts, and the folder left as it was. */
class BenchServiceTest {
    private static final BenchOptions QUICK = new BenchOptions(1, 0, true, 200, false);

    @TempDir
    Path tmp;

    @Test
    void everyFigureIsPresentAndNonNegative() {
        BenchResult r = new BenchService().run(Fixtures.copy("full-split", tmp), QUICK);
        assertThat(r.figures()).containsOnlyKeys("open_leaderboard_ms", "equity_all_ms", "compare_symbol_day_ms",
                "decisions_page_ms", "search_ms", "report_ms", "verdict_ms", "insert_rows_per_s", "quality_ms");
        assertThat(r.figures().values()).allSatisfy(v -> assertThat(v).isFinite().isGreaterThanOrEqualTo(0));
        assertThat(r.insertRowsPerS()).isPositive();
        assertThat(r.searchMode()).isEqualTo("like");
        assertThat(r.pageMs()).containsKeys("[none]", "[model]", "[model,symbol,decision,executed]", "[range]");
    }

    @Test
    void withTheIndexItBuildsItTimesTheUpdateOfAppendedDecisionsOnACopyAndLeavesTheFolderAlone() throws IOException {
        Path folder = Fixtures.copy("full-split", tmp);
        Map<String, String> before = checksums(folder);
        String saved = System.getProperty(com.battlescope.data.index.IndexStore.DATA_DIR_PROPERTY);
        System.setProperty(com.battlescope.data.index.IndexStore.DATA_DIR_PROPERTY, tmp.resolve("data").toString());
        try {
            BenchResult r = new BenchService().run(folder, QUICK.withIndex(true));
            assertThat(r.index()).isNotNull();
            assertThat(r.index().buildS()).isPositive();
            assertThat(r.index().update10kMs()).isPositive();
            assertThat(r.index().sizeBytes()).isEqualTo(Files.size(tmp.resolve("data").resolve("index")
                    .resolve(Files.list(tmp.resolve("data").resolve("index")).filter(p -> p.toString()
                            .endsWith(".bsindex")).findFirst().orElseThrow().getFileName())));
            assertThat(r.index().sizePct()).isPositive();
            assertThat(r.pageMs()).containsKeys("[none]", "[symbol,text]");
        } finally {
            if (saved == null) {
                System.clearProperty(com.battlescope.data.index.IndexStore.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(com.battlescope.data.index.IndexStore.DATA_DIR_PROPERTY, saved);
            }
        }
        assertThat(checksums(folder)).containsAllEntriesOf(before);
    }

    @Test
    void measuresOnRealValuesOfTheFolder() {
        Path folder = Fixtures.copy("full-split", tmp);
        BenchResult r = new BenchService().run(folder, QUICK);
        BenchResult.Sizes s = r.sizes();
        try (Battle b = new BattleService().open(folder)) {
            assertThat(s.models()).isEqualTo(b.modelIds().size());
            assertThat(s.snapshots()).isEqualTo(b.snapshotCount());
            assertThat(s.decisions()).isEqualTo(b.decisionCount()).isPositive();
            assertThat(s.equityPoints()).isEqualTo(b.snapshotCount());
            assertThat(s.symbol()).isEqualTo(b.symbols().get(0));
            BenchSample sample = BenchSample.of(b);
            assertThat(s.comparePairs()).isEqualTo(new ComparisonService()
                    .pairs(b, s.symbol(), sample.dayRange(), BenchService.WINDOW_MINUTES).size());
        }
        // the split fixture has the engine's view: its rows for the day are the comparison's pairs
        assertThat(r.viewComparePairs()).isEqualTo((long) s.comparePairs());
        assertThat(r.viewCompareMs()).isNotNegative();
        assertThat(s.day()).isAfter(LocalDate.of(2025, 1, 1));
    }

    @Test
    void theMainQueriesSeekIndexes() {
        BenchResult r = new BenchService().run(Fixtures.copy("full-split", tmp), QUICK);
        Map<String, String> plans = r.planVerdicts();
        assertThat(plans).containsKeys("snapshots_by_model_range", "latest_snapshots", "decisions_by_symbol_range",
                "decision_page[model]", "decision_page[symbol,text]", "leaderboard_latest", "trades_by_model_range");
        assertThat(plans.values()).allMatch(v -> v.equals("index") || v.equals("scan"));
        assertThat(plans).containsEntry("snapshots_by_model_range", "index")
                .containsEntry("decisions_by_symbol_range", "index")
                .containsEntry("leaderboard_latest", "index");
    }

    @Test
    void leavesTheFolderUnchanged() throws IOException {
        Path folder = Fixtures.copy("full-split", tmp);
        Map<String, String> before = checksums(folder);
        new BenchService().run(folder, QUICK);
        Map<String, String> after = checksums(folder);
        // every file keeps its bytes; a reader may only add an empty -wal beside a WAL-mode file (stack.md)
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.keySet().stream().filter(name -> !before.containsKey(name)).toList())
                .allSatisfy(name -> assertThat(name).endsWith("-wal"))
                .allSatisfy(name -> assertThat(Files.size(folder.resolve(name))).isZero());
    }

    /** SHA-256 of each database and WAL file; a reader's -shm index is shared memory, not data. */
    private static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> !p.toString().endsWith("-shm")).toList()) {
                sums.put(f.getFileName().toString(), sha256(f));
            }
        }
        return sums;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
