package com.battlescope.data;

import com.battlescope.model.HourlySnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every snapshot of a time range in storage order, read with plain JDBC: for all curves at once a table scan (or a
 * walk of the time index for a bounded range) plus a sort per model in Java is about twice as fast as walking
 * the (model_id, timestamp) index through MyBatis (measured on 175,200 rows: ~210 ms against ~470 ms of CPU).
 * A big table is read in id ranges on several connections at once (the cost is per row in the driver).
 */
public final class SnapshotScan {
    static final String COLUMNS = "SELECT id, model_id, timestamp, equity, cash, positions_value, positions_count "
            + "FROM hourly_snapshots";
    /** Below this many ids one connection reads everything; above, each core reads a share. */
    static final long PARALLEL_FROM_ROWS = 20_000;

    private SnapshotScan() {
    }

    /** Bounds are inclusive text bounds in the engine's form; null = open. Rows come in no particular order. */
    public static void forEach(Database db, String from, String to, Consumer<HourlySnapshot> sink) {
        read(db, from, to, null, sink);
    }

    /** Every row between the bounds, read in parallel id ranges when the table is big; in no particular order. */
    public static List<HourlySnapshot> readAll(Database db, String from, String to) {
        long[] ids = idRange(db);
        int parts = (int) Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()),
                Math.max(1, (ids[1] - ids[0] + 1) / PARALLEL_FROM_ROWS));
        if (parts <= 1) {
            List<HourlySnapshot> all = new ArrayList<>();
            forEach(db, from, to, all::add);
            return all;
        }
        long step = (ids[1] - ids[0] + parts) / parts;
        List<Future<List<HourlySnapshot>>> rest = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            long[] part = {ids[0] + p * step, Math.min(ids[1], ids[0] + (p + 1) * step - 1)};
            rest.add(ReadThreads.start(() -> part(db, from, to, part)));
        }
        List<HourlySnapshot> all;
        try {
            all = part(db, from, to, new long[] {ids[0], ids[0] + step - 1});
        } catch (RuntimeException e) {
            ReadThreads.cancel(rest);
            throw e;
        }
        for (Future<List<HourlySnapshot>> f : rest) {
            all.addAll(ReadThreads.join(f, rest));
        }
        return all;
    }

    private static List<HourlySnapshot> part(Database db, String from, String to, long[] ids) {
        List<HourlySnapshot> rows = new ArrayList<>();
        read(db, from, to, ids, rows::add);
        return rows;
    }

    private static long[] idRange(Database db) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM hourly_snapshots");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[2];
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    private static void read(Database db, String from, String to, long[] ids, Consumer<HourlySnapshot> sink) {
        String sql = sql(from, to) + (ids == null ? "" : (from == null && to == null ? " WHERE" : " AND")
                + " id BETWEEN ? AND ?");
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (from != null) {
                ps.setString(i++, from);
            }
            if (to != null) {
                ps.setString(i++, to);
            }
            if (ids != null) {
                ps.setLong(i++, ids[0]);
                ps.setLong(i, ids[1]);
            }
            ps.setFetchSize(5000);
            Map<String, String> modelIds = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    if ((++n & 0xfff) == 0) {
                        ReadThreads.checkCancelled();
                    }
                    HourlySnapshot row = row(rs, modelIds);
                    if (row != null) {
                        sink.accept(row);
                    }
                }
            }
        } catch (CancellationException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** {@code EXPLAIN QUERY PLAN} of the scan for these bounds. */
    public static List<String> plan(Database db, String from, String to) {
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

    /**
     * Reads rows of a snapshot table ({@code qualifiedTable}, e.g. an attached file's) with a condition, through the
     * very conversion every curve reader uses (unusable rows left out); {@code where} binds {@code params}.
     */
    public static void read(Connection c, String qualifiedTable, String where, Object[] params,
                            Consumer<HourlySnapshot> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS.replace("FROM hourly_snapshots", "FROM " + qualifiedTable)
                + " WHERE " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.setFetchSize(5000);
            Map<String, String> modelIds = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    HourlySnapshot row = row(rs, modelIds);
                    if (row != null) {
                        sink.accept(row);
                    }
                }
            }
        }
    }

    /** The row, or null when it is unusable (reported by {@link #unusable}): never a coerced 0 in a figure. */
    private static HourlySnapshot row(ResultSet rs, Map<String, String> modelIds) throws SQLException {
        long id = rs.getLong(1);
        String model = rs.getString(2);
        if (model == null) {
            throw new SQLException("hourly_snapshots row " + id + " has no model_id");
        }
        model = modelIds.computeIfAbsent(model, m -> m);
        Object rawTime = rs.getObject(3);
        Double equity = number(rs.getObject(4));
        Double cash = number(rs.getObject(5));
        Double positionsValue = number(rs.getObject(6));
        if (rawTime == null || equity == null || cash == null || positionsValue == null) {
            return null;
        }
        var time = StampTypeHandler.toStamp(rawTime, "hourly_snapshots.timestamp");
        int positionsCount = rs.getInt(7);
        return new HourlySnapshot(id, model, time, equity, cash, positionsValue, positionsCount);
    }

    /** A value read by its storage class: INTEGER or REAL, else null (never SQLite's text-to-0). */
    private static Double number(Object stored) {
        return stored instanceof Number n ? n.doubleValue() : null;
    }

    /** At most this many unusable rows are described one by one; the rest are counted. */
    static final int UNUSABLE_LISTED = 20;

    /**
     * One warning per snapshot row that every reader skips (NULL time; equity, cash or positions value NULL, text
     * or a BLOB), naming the file, table, row id, model, column and value; empty when all rows are usable.
     */
    public static List<String> unusable(Database db) {
        return db.read(s -> {
            SnapshotMapper m = s.getMapper(SnapshotMapper.class);
            List<Map<String, Object>> rows = m.getUnusableSnapshots(UNUSABLE_LISTED);
            List<String> out = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                out.add(describe(db.file(), row));
            }
            if (rows.size() == UNUSABLE_LISTED) {
                long all = m.countUnusableSnapshots();
                if (all > UNUSABLE_LISTED) {
                    out.add(db.file() + ": " + (all - UNUSABLE_LISTED) + " more hourly_snapshots rows are skipped "
                            + "for the same reasons");
                }
            }
            return out;
        });
    }

    private static String describe(java.nio.file.Path file, Map<String, Object> row) {
        List<String> problems = new ArrayList<>();
        for (String column : List.of("timestamp", "equity", "cash", "positions_value")) {
            String quoted = String.valueOf(row.get(column));
            String kind = column.equals("timestamp") ? (quoted.equals("NULL") ? "NULL" : null) : kind(quoted);
            if (kind != null) {
                problems.add(column + " is " + (kind.equals("NULL") ? "NULL" : kind + " " + quoted));
            }
        }
        return file + ": hourly_snapshots row " + row.get("id") + " (model " + row.get("model_id") + "): "
                + String.join(", ", problems) + ", not a number it can use: the row is skipped in every figure";
    }

    /** How a quoted money value is unusable, or null when it is a number. */
    private static String kind(String quoted) {
        if (quoted.equals("NULL")) {
            return "NULL";
        }
        if (quoted.startsWith("'")) {
            return "text";
        }
        if (quoted.startsWith("X'")) {
            return "a BLOB";
        }
        return null;
    }
}
