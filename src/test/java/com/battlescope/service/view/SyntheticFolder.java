package com.battlescope.service.view;

import com.battlescope.service.NewBattleFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A tiny battle folder written row by row with plain JDBC, in the engine's text forms. */
final class SyntheticFolder {
    private final Path dir;

    private SyntheticFolder(Path dir) {
        this.dir = dir;
    }

    static SyntheticFolder create(Path dir) {
        new NewBattleFolder().create(dir);
        return new SyntheticFolder(dir);
    }

    Path dir() {
        return dir;
    }

    SyntheticFolder snapshot(String model, String time, double equity) {
        return insert("metrics_timeseries.db", "INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, "
                + "positions_value, positions_count) VALUES (?, ?, ?, ?, 0, 0)", model, time, equity, equity);
    }

    /** Many snapshots in one transaction. */
    SyntheticFolder snapshots(String model, java.util.List<String> times, double[] equities) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"))) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (model_id, timestamp, "
                    + "equity, cash, positions_value, positions_count) VALUES (?, ?, ?, ?, 0, 0)")) {
                for (int i = 0; i < times.size(); i++) {
                    ps.setString(1, model);
                    ps.setString(2, times.get(i));
                    ps.setDouble(3, equities[i]);
                    ps.setDouble(4, equities[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    SyntheticFolder decision(String model, String symbol, String time, Double price) {
        return insert("decisions.db", "INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp, "
                + "current_price) VALUES (?, ?, 'hold', 'because', ?, ?)", model, symbol, time, price);
    }

    SyntheticFolder standing(String model, double currentEquity, double returnDollars) {
        return insert("leaderboard.db", "INSERT INTO current_standings (model_id, total_return_pct, "
                + "total_return_dollars, current_equity, total_trades, open_positions_count, total_exposure_pct, "
                + "last_updated) VALUES (?, 0, ?, ?, 0, 0, 0, '2025-01-06 12:00:00')", model, returnDollars,
                currentEquity);
    }

    SyntheticFolder leaderboard(String model, String timeframe, String time, int rank, double returnPct) {
        return insert("leaderboard.db", "INSERT INTO leaderboard_snapshots (model_id, timeframe, snapshot_time, rank, "
                + "total_return_pct, total_return_dollars, current_equity, total_trades, open_positions_count, "
                + "total_exposure_pct) VALUES (?, ?, ?, ?, ?, 0, 1, 0, 0, 0)", model, timeframe, time, rank, returnPct);
    }

    private SyntheticFolder insert(String file, String sql, Object... values) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(file));
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
