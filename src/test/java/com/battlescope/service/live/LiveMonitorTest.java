package com.battlescope.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveMonitorTest {
    @TempDir
    Path tmp;

    @Test
    void nothingNewMeansAnEmptyUpdate() {
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            assertThat(new LiveMonitor(battle, LiveRules.ALL).poll().isEmpty()).isTrue();
        }
    }

    @Test
    void newSnapshotsRaiseHighAndLeaderEvents() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        try (Battle battle = new BattleService().open(dir)) {
            LiveMonitor monitor = new LiveMonitor(battle, LiveRules.ALL);
            // tiny: gpt-4o leads (+0.32 %), claude trails (-0.37 %); claude jumps to 101,000 (+1 %)
            insertSnapshot(dir, "claude-sonnet-3.5", "2025-01-08 17:04:00.000001", 101000.0);
            LiveUpdate update = monitor.poll();
            assertThat(update.snapshots()).hasSize(1);
            assertThat(update.events()).extracting(LiveEvent::kind)
                    .containsExactlyInAnyOrder(LiveEvent.Kind.NEW_HIGH, LiveEvent.Kind.NEW_LEADER);
            assertThat(update.events()).filteredOn(e -> e.kind() == LiveEvent.Kind.NEW_LEADER)
                    .singleElement().satisfies(e -> assertThat(e.message())
                            .isEqualTo("claude-sonnet-3.5 takes the lead from gpt-4o"));
            assertThat(monitor.poll().isEmpty()).isTrue();
        }
    }

    @Test
    void aFallRaisesNewMaxDrawdownButQuietRulesStaySilent() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        try (Battle battle = new BattleService().open(dir)) {
            LiveMonitor loud = new LiveMonitor(battle, LiveRules.ALL);
            LiveMonitor quiet = new LiveMonitor(battle, LiveRules.QUIET);
            insertSnapshot(dir, "gpt-4o", "2025-01-08 17:04:00", 90000.0);
            assertThat(loud.poll().events()).extracting(LiveEvent::kind)
                    .containsExactly(LiveEvent.Kind.NEW_MAX_DRAWDOWN, LiveEvent.Kind.NEW_LEADER);
            assertThat(quiet.poll().events()).extracting(LiveEvent::kind)
                    .containsExactly(LiveEvent.Kind.NEW_LEADER);
        }
    }

    @Test
    void theLeaderFollowsTheLeaderboardOrderNotTheReturnAlone() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM hourly_snapshots");
            st.executeUpdate("DELETE FROM current_standings");
        }
        insertSnapshot(dir, "a-wild", "2025-01-06 10:00:00", 100000.0);
        insertSnapshot(dir, "z-steady", "2025-01-06 10:00:00", 100000.0);
        insertSnapshot(dir, "a-wild", "2025-01-06 11:00:00", 105000.0);
        insertSnapshot(dir, "z-steady", "2025-01-06 11:00:00", 100500.0);
        try (Battle battle = new BattleService().open(dir)) {
            LiveMonitor monitor = new LiveMonitor(battle, LiveRules.ALL);
            // a-wild leads with +5 %; then both end at 101,000 (+1 % each): equal returns, so Sharpe decides.
            // z-steady's returns 0.5 %, 0.4975 % have a far higher Sharpe than a-wild's 5 %, -3.81 %.
            insertSnapshot(dir, "a-wild", "2025-01-06 12:00:00", 101000.0);
            insertSnapshot(dir, "z-steady", "2025-01-06 12:00:00", 101000.0);
            assertThat(monitor.poll().events()).filteredOn(e -> e.kind() == LiveEvent.Kind.NEW_LEADER)
                    .singleElement().satisfies(e -> assertThat(e.message())
                            .isEqualTo("z-steady takes the lead from a-wild"));
        }
    }

    @Test
    void aLargeLosingTradeIsReported() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        try (Battle battle = new BattleService().open(dir)) {
            LiveMonitor monitor = new LiveMonitor(battle, LiveRules.ALL);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
                 Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO trade_log (model_id, symbol, direction, entry_price, entry_time, shares,"
                        + " exit_price, exit_time, exit_reason, realized_pnl, realized_pnl_pct) VALUES ('gpt-4o',"
                        + " 'NVDA', 'long', 100, '2025-01-08 15:00:00', 100, 75, '2025-01-08 16:00:00', 'stop_loss',"
                        + " -2500, -25)");
            }
            LiveUpdate update = monitor.poll();
            assertThat(update.trades()).hasSize(1);
            assertThat(update.events()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(LiveEvent.Kind.LARGE_LOSS);
                assertThat(e.message()).isEqualTo("gpt-4o lost $2,500.00 on NVDA");
            });
        }
    }

    @Test
    void aWriterWithAShortBusyTimeoutIsNeverBlockedByPolling() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        int rows = 200;
        AtomicReference<Exception> writerError = new AtomicReference<>();
        try (Battle battle = new BattleService().open(dir)) {
            LiveMonitor monitor = new LiveMonitor(battle, LiveRules.ALL);
            Thread writer = new Thread(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"))) {
                    c.createStatement().execute("PRAGMA busy_timeout = 20");
                    for (int i = 0; i < rows; i++) {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (model_id,"
                                + " timestamp, equity, cash, positions_value, positions_count) VALUES (?,?,?,?,0,0)")) {
                            ps.setString(1, "gpt-4o");
                            ps.setString(2, String.format("2025-02-01 00:00:%02d.%06d", i / 100, i + 1));
                            ps.setDouble(3, 100000 + i);
                            ps.setDouble(4, 100000 + i);
                            ps.executeUpdate();
                        }
                    }
                } catch (Exception e) {
                    writerError.set(e);
                }
            });
            writer.start();
            List<Long> seen = new ArrayList<>();
            while (writer.isAlive()) {
                monitor.poll().snapshots().forEach(s -> seen.add(s.id()));
            }
            writer.join();
            monitor.poll().snapshots().forEach(s -> seen.add(s.id()));
            assertThat(writerError.get()).as("writer error").isNull();
            assertThat(seen).hasSize(rows).doesNotHaveDuplicates();
        }
    }

    private static void insertSnapshot(Path dir, String model, String time, double equity) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
             PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (model_id, timestamp, equity,"
                     + " cash, positions_value, positions_count) VALUES (?,?,?,?,0,0)")) {
            ps.setString(1, model);
            ps.setString(2, time);
            ps.setDouble(3, equity);
            ps.setDouble(4, equity);
            ps.executeUpdate();
        }
    }
}
