package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotScanTest {
    @TempDir
    Path tmp;

    private static List<HourlySnapshot> scan(BattleFolder bf, String from, String to) {
        List<HourlySnapshot> rows = new ArrayList<>();
        SnapshotScan.forEach(bf.metrics(), from, to, rows::add);
        rows.sort(Comparator.comparing(HourlySnapshot::id));
        return rows;
    }

    @Test
    void readsTheSameRowsAsTheMapper() {
        try (BattleFolder bf = BattleFolder.open(Fixtures.copy("tiny", tmp.resolve("t")))) {
            List<HourlySnapshot> mapped = new ArrayList<>(bf.metrics().read(s -> s.getMapper(SnapshotMapper.class)
                    .getSnapshotsAfterId(0)));
            mapped.sort(Comparator.comparing(HourlySnapshot::id));
            assertThat(scan(bf, null, null)).hasSize(mapped.size()).isEqualTo(mapped);
        }
    }

    @Test
    void boundsAreInclusiveTextBoundsAndSeekTheTimeIndex() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("b"));
        SchemaScripts.createBattleFolder(folder);
        try (Connection c = TestDb.jdbc(folder.resolve(BattleFolder.METRICS)); Statement st = c.createStatement()) {
            for (int h = 10; h <= 13; h++) {
                st.execute("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, "
                        + "positions_count) VALUES ('a', '2025-01-06 " + h + ":00:00', " + (100 + h) + ", 1, 2, 3)");
            }
        }
        try (BattleFolder bf = BattleFolder.open(folder)) {
            assertThat(scan(bf, "2025-01-06 11:00:00", "2025-01-06 12:00:00")).extracting(HourlySnapshot::equity)
                    .containsExactly(111.0, 112.0);
            assertThat(scan(bf, "2025-01-06 12:00:00", null)).extracting(HourlySnapshot::equity)
                    .containsExactly(112.0, 113.0);
            assertThat(scan(bf, null, "2025-01-06 10:00:00")).singleElement()
                    .satisfies(s -> assertThat(s).isEqualTo(new HourlySnapshot(1L, "a",
                            s.timestamp(), 110, 1, 2, 3)))
                    .satisfies(s -> assertThat(s.timestamp().local()).isEqualTo(LocalDateTime.of(2025, 1, 6, 10, 0)));
            assertThat(QueryPlans.usesIndex(SnapshotScan.plan(bf.metrics(), "2025-01-06 11:00:00", null))).isTrue();
            assertThat(SnapshotScan.plan(bf.metrics(), null, null)).anyMatch(l -> l.startsWith("SCAN hourly_snapshots"));
        }
    }

    @Test
    void aForeignTableWithANullEquitySkipsTheRowAndNamesIt() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("f"));
        Path metrics = folder.resolve(BattleFolder.METRICS);
        try (Connection c = TestDb.jdbc(metrics); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE hourly_snapshots (id INTEGER PRIMARY KEY, model_id TEXT, timestamp TEXT, "
                    + "equity REAL, cash REAL, positions_value REAL, positions_count INTEGER)");
            st.execute("INSERT INTO hourly_snapshots VALUES (7, 'a', '2025-01-06 10:00:00', NULL, 1, 0, 0)");
        }
        try (BattleFolder bf = BattleFolder.open(folder)) {
            assertThat(scan(bf, null, null)).isEmpty();
            assertThat(SnapshotScan.unusable(bf.metrics())).containsExactly(metrics + ": hourly_snapshots row 7 "
                    + "(model a): equity is NULL, not a number it can use: the row is skipped in every figure");
        }
    }
}
