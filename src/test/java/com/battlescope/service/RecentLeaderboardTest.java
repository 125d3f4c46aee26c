package com.battlescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.RankChange;
import com.battlescope.analytics.RankHistory;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaderboard view reads the two newest snapshots instead of the whole history; the newest changes agree. */
class RecentLeaderboardTest {
    @TempDir
    Path tmp;

    private static Map<String, Integer> newestChanges(List<LeaderboardSnapshot> rows) {
        Map<String, Integer> out = new HashMap<>();
        for (RankChange c : RankHistory.of(rows)) {
            out.putIfAbsent(c.modelId(), c.change());
        }
        return out;
    }

    @Test
    void twoSnapshotsGiveTheNewestChangesOfTheWholeHistory() {
        try (Battle battle = new BattleService().open(Fixtures.copy("full-split", tmp.resolve("f")))) {
            for (String tf : List.of("all_time", "daily", "weekly", "monthly")) {
                List<LeaderboardSnapshot> all = battle.leaderboardSnapshots(tf, TimeRange.ALL);
                List<LeaderboardSnapshot> recent = battle.recentLeaderboardSnapshots(tf, null);
                assertThat(recent).as(tf).hasSize(tf.equals("monthly") ? 8 : 16);
                assertThat(newestChanges(recent)).as(tf).isEqualTo(newestChanges(all));
                assertThat(RankHistory.topPerformers(recent)).as(tf).isEqualTo(RankHistory.topPerformers(all));
            }
            // a bound: the two newest snapshots at or before it
            List<LeaderboardSnapshot> early = battle.recentLeaderboardSnapshots("all_time", "2025-01-10 23:59:59");
            assertThat(early).allSatisfy(r -> assertThat(r.snapshotTime().text()).isLessThan("2025-01-11"));
        }
    }

    @Test
    void aModelThatSkippedTheSnapshotBeforeIsComparedWithItsOlderOne() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp.resolve("g"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("leaderboard.db"));
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM leaderboard_snapshots WHERE timeframe = 'daily' AND rank = 1 AND snapshot_time = "
                    + "(SELECT snapshot_time FROM leaderboard_snapshots WHERE timeframe = 'daily' "
                    + "GROUP BY snapshot_time ORDER BY snapshot_time DESC LIMIT 1 OFFSET 1)");
        }
        try (Battle battle = new BattleService().open(folder)) {
            List<LeaderboardSnapshot> all = battle.leaderboardSnapshots("daily", TimeRange.ALL);
            List<LeaderboardSnapshot> recent = battle.recentLeaderboardSnapshots("daily", null);
            assertThat(recent).isEqualTo(all);
            assertThat(newestChanges(recent)).isEqualTo(newestChanges(all));
        }
    }
}
