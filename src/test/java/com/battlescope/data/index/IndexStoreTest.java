package com.battlescope.data.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.battlescope.data.BattleFolder;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.TempDataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The index file's lifecycle on real files: build, appends, rewrites, foreign and damaged files. */
@ExtendWith(TempDataDirectory.class)
class IndexStoreTest {
    @TempDir
    Path tmp;


    static long scalar(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    static void exec(Path db, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    @Test
    void buildsInTheDataDirectoryThenAddsOnlyAppendedRows() throws Exception {
        Path folder = Fixtures.copy("engine-default", tmp);
        Path dec = folder.resolve("decisions.db");
        long rows = scalar(dec, "SELECT COUNT(*) FROM decision_log");
        long snapshots = scalar(folder.resolve("metrics_timeseries.db"), "SELECT COUNT(*) FROM hourly_snapshots");
        long trades = scalar(folder.resolve("metrics_timeseries.db"), "SELECT COUNT(*) FROM trade_log");
        try (BattleFolder bf = BattleFolder.open(folder)) {
            IndexStore store = IndexStore.of(bf);
            assertTrue(store.file().startsWith(TempDataDirectory.current().resolve("index")));
            IndexStore.Refresh r = store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.BUILT, r.outcome());
            assertEquals(rows + snapshots, r.added());
            assertEquals(rows, scalar(store.file(), "SELECT COUNT(*) FROM dx"));
            assertEquals(IndexStore.Outcome.FRESH, store.refresh(IndexProgress.NONE, IndexStore.Check.FULL).outcome());
        }
        exec(dec, "INSERT INTO decision_log(model_id, symbol, decision, reasoning, timestamp, executed)"
                + " SELECT model_id, symbol, decision, 'appended ' || reasoning, timestamp, executed"
                + " FROM decision_log ORDER BY id DESC LIMIT 7");
        try (BattleFolder bf = BattleFolder.open(folder)) {
            IndexStore store = IndexStore.of(bf);
            IndexStore.Refresh r = store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.UPDATED, r.outcome());
            assertEquals(7, r.added());
            assertEquals(rows + 7, scalar(store.file(), "SELECT COUNT(*) FROM dx"));
            IndexStatus status = store.status();
            assertNotNull(status);
            assertEquals(rows + 7, status.of(IndexSource.DECISIONS).rows());
        }
    }

    @Test
    void aDamagedOrForeignIndexIsDiscardedAndRebuilt() throws Exception {
        Path a = Fixtures.copy("engine-default", tmp.resolve("a"));
        Path b = Fixtures.copy("tiny", tmp.resolve("b"));
        Path fileA;
        try (BattleFolder bf = BattleFolder.open(a)) {
            IndexStore store = IndexStore.of(bf);
            store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            fileA = store.file();
        }
        try (BattleFolder bf = BattleFolder.open(b)) {
            IndexStore store = IndexStore.of(bf);
            assertFalse(store.file().equals(fileA));
            Files.copy(fileA, store.file());
            IndexStore.Refresh r = store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.BUILT, r.outcome());
            assertTrue(r.reason().contains("another battle"), r.reason());
            long rows = scalar(b.resolve(bf.decisions().file().getFileName().toString()),
                    "SELECT COUNT(*) FROM decision_log");
            assertEquals(rows, scalar(store.file(), "SELECT COUNT(*) FROM dx"));
        }
        try (BattleFolder bf = BattleFolder.open(a)) {
            IndexStore store = IndexStore.of(bf);
            long size = Files.size(store.file());
            byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(store.file()), (int) (size / 2));
            Files.write(store.file(), half);
            IndexStore.Refresh r = store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.BUILT, r.outcome());
            assertTrue(r.reason().contains("quick_check") || r.reason().contains("could not be read"), r.reason());
            Files.writeString(store.file(), "not a database at all, just text that is long enough to have a header"
                    + " of a hundred bytes but the wrong one");
            r = store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.BUILT, r.outcome());
            assertTrue(r.reason().contains("not an SQLite database"), r.reason());
        }
    }

    @Test
    void aCancelledBuildIsNeverReadAndResumesWhereItStopped() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path dec = folder.resolve("decisions.db");
        long rows = scalar(dec, "SELECT COUNT(*) FROM decision_log");
        long firstTwoChunks = scalar(dec, "SELECT COUNT(*) FROM decision_log WHERE id <= 2000");
        long snapshots = scalar(folder.resolve("metrics_timeseries.db"), "SELECT COUNT(*) FROM hourly_snapshots");
        long trades = scalar(folder.resolve("metrics_timeseries.db"), "SELECT COUNT(*) FROM trade_log");
        try (BattleFolder bf = BattleFolder.open(folder)) {
            IndexStore store = IndexStore.of(bf).withChunk(1000);
            int[] chunks = {0};
            IndexProgress cancelAfterTwo = new IndexProgress() {
                @Override
                public void update(double fraction, String message) {
                    if (fraction >= 0 && fraction < 1) {
                        chunks[0]++;
                    }
                }

                @Override
                public boolean isCancelled() {
                    return chunks[0] >= 2;
                }
            };
            IndexStore.Refresh r = store.refresh(cancelAfterTwo, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.CANCELLED, r.outcome());
            assertEquals(firstTwoChunks, r.added());
            assertFalse(store.status().complete());
            assertEquals(null, DecisionIndexReader.open(store));
            IndexStore.Refresh resumed = store.refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertEquals(IndexStore.Outcome.BUILT, resumed.outcome());
            assertEquals("an interrupted build", resumed.reason());
            assertEquals(rows - firstTwoChunks + snapshots + trades, resumed.added());
            assertEquals(rows, scalar(store.file(), "SELECT COUNT(*) FROM dx"));
            assertTrue(store.status().complete());
            assertNotNull(DecisionIndexReader.open(store));
        }
    }
}
