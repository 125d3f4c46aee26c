package com.battlescope.data;

import com.battlescope.model.HourlySnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every snapshot of a time range in storage order, read with plain JDBC: for all curves at once a table scan (or a
 * walk of the time index for a bounded range) plus a sort per model in Java is about twice as fast as walking
 * the (model_id, timestamp) index through MyBatis (measured on 175,200 rows: ~210 ms against ~470 ms of CPU).
 */
public final class SnapshotScan {
    static final String COLUMNS = "SELECT id, model_id, timestamp, equity, cash, positions_value, positions_count "
            + "FROM hourly_snapshots";

    private SnapshotScan() {
    }

    /** Bounds are inclusive text bounds in the engine's form; null = open. Rows come in no particular order. */
    public static void forEach(SqliteDatabase db, String from, String to, Consumer<HourlySnapshot> sink) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql(from, to))) {
            int i = 1;
            if (from != null) {
                ps.setString(i++, from);
            }
            if (to != null) {
                ps.setString(i, to);
            }
            ps.setFetchSize(5000);
            Map<String, String> modelIds = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs, modelIds));
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** {@code EXPLAIN QUERY PLAN} of the scan for these bounds. */
    public static List<String> plan(SqliteDatabase db, String from, String to) {
        return QueryPlans.explainSql(db, sql(from, to), Stream.of(from, to)
                .filter(Objects::nonNull).toArray());
    }

    static String sql(String from, String to) {
        if (from == null && to == null) {
            return COLUMNS;
        }
        return COLUMNS + " WHERE " + (from != null ? "timestamp >= ?" : "")
                + (from != null && to != null ? " AND " : "") + (to != null ? "timestamp <= ?" : "");
    }

    private static HourlySnapshot row(ResultSet rs, Map<String, String> modelIds) throws SQLException {
        long id = rs.getLong(1);
        String model = rs.getString(2);
        if (model == null) {
            throw new SQLException("hourly_snapshots row " + id + " has no model_id");
        }
        model = modelIds.computeIfAbsent(model, m -> m);
        var time = StampTypeHandler.toStamp(rs.getObject(3), "hourly_snapshots.timestamp");
        if (time == null) {
            throw new SQLException("unreadable time in hourly_snapshots.timestamp: NULL in row " + id);
        }
        double equity = number(rs, 4, id);
        double cash = number(rs, 5, id);
        double positionsValue = number(rs, 6, id);
        int positionsCount = rs.getInt(7);
        return new HourlySnapshot(id, model, time, equity, cash, positionsValue, positionsCount);
    }

    private static double number(ResultSet rs, int column, long id) throws SQLException {
        double v = rs.getDouble(column);
        if (v == 0 && rs.wasNull()) {
            throw new SQLException("hourly_snapshots row " + id + ": " + rs.getMetaData().getColumnName(column)
                    + " is NULL (the contract says NOT NULL)");
        }
        return v;
    }
}
