package com.battlescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BattleScopeCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void createsAnEmptyBattleThatOpens() throws Exception {
        Path dir = tmp.resolve("new/battle");
        assertThat(run("init", "--out", dir.toString())).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains(dir.resolve("metrics_timeseries.db").toString())
                .contains(dir.resolve("leaderboard.db").toString()).contains(dir.resolve("decisions.db").toString());
        assertThat(objects(dir.resolve("metrics_timeseries.db"))).contains("table hourly_snapshots",
                "table trade_log", "table decision_log", "index idx_hourly_model_time").noneMatch(s -> s.startsWith("view"));
        assertThat(objects(dir.resolve("leaderboard.db"))).contains("table leaderboard_snapshots",
                "table current_standings", "view rank_history", "view top_performers");
        assertThat(objects(dir.resolve("decisions.db"))).contains("table decision_log", "view decision_comparison",
                "index idx_decision_timestamp");
        try (Battle battle = new BattleService().open(dir)) {
            assertThat(battle).isNotNull();
        }
    }

    @Test
    void refusesToOverwriteAnExistingDatabase() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("existing"));
        Path decisions = Files.writeString(dir.resolve("decisions.db"), "precious");
        assertThat(run("init", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: " + decisions + ": already exists; refusing to overwrite it");
        assertThat(Files.readString(decisions)).isEqualTo("precious");
        assertThat(dir.resolve("metrics_timeseries.db")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void outIsRequired() {
        assertThat(run("init")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    private static List<String> objects(Path db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT type, name FROM sqlite_master")) {
            while (rs.next()) {
                names.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return names;
    }
}
