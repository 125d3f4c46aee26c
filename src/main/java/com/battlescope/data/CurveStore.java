package com.battlescope.data;

import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pre-aggregated curves in BattleScope's own index file: one row per model and day ({@link CurveDay}), the day's
 * equities apart (read only for the few days a sparkline picks), per-model decision counts, and how far the engine's
 * tables were read (ids). Doubles are stored as SQLite REALs or inside BLOBs, both exact.
 */
public final class CurveStore {
    private static final String DAY_COLUMNS = "model_id, day, count, "
            + "first_id, first_time, first_equity, first_cash, first_positions_value, first_positions_count, "
            + "last_id, last_time, last_equity, last_cash, last_positions_value, last_positions_count, "
            + "min, min_time, max, max_time, return_count, return_mean, return_m2, return_downside, peaks";
    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS curve_day (model_id TEXT NOT NULL, day TEXT NOT NULL, count INTEGER NOT NULL, "
                    + "first_id INTEGER, first_time TEXT NOT NULL, first_equity REAL NOT NULL, first_cash REAL NOT NULL, "
                    + "first_positions_value REAL NOT NULL, first_positions_count INTEGER NOT NULL, "
                    + "last_id INTEGER, last_time TEXT NOT NULL, last_equity REAL NOT NULL, last_cash REAL NOT NULL, "
                    + "last_positions_value REAL NOT NULL, last_positions_count INTEGER NOT NULL, "
                    + "min REAL NOT NULL, min_time TEXT NOT NULL, max REAL NOT NULL, max_time TEXT NOT NULL, "
                    + "return_count INTEGER NOT NULL, return_mean REAL NOT NULL, return_m2 REAL NOT NULL, "
                    + "return_downside REAL NOT NULL, peaks BLOB NOT NULL, PRIMARY KEY (model_id, day)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS curve_day_equity (model_id TEXT NOT NULL, day TEXT NOT NULL, "
                    + "equities BLOB NOT NULL, PRIMARY KEY (model_id, day)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS curve_decision_count (model_id TEXT PRIMARY KEY, decisions INTEGER NOT NULL, "
                    + "executed INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS curve_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)");

    private final SqliteDatabase index;

    /** @param index BattleScope's index file, open for writing when it is to be updated */
    public CurveStore(SqliteDatabase index) {
        this.index = index;
    }

    public void createTables() {
        run(c -> {
            try (Statement st = c.createStatement()) {
                for (String sql : SCHEMA) {
                    st.execute(sql);
                }
            }
            return null;
        });
    }

    /** Whether the file holds the store's tables (an index made before this part existed does not). */
    public boolean hasTables() {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'curve_meta'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        });
    }

    /** A counter of the store (ids read so far, flags); {@code absent} when never set. */
    public long meta(String key, long absent) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM curve_meta WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : absent;
                }
            }
        });
    }

    /**
     * Applies one update in a single transaction: per model, its days on or after a date are replaced by the given
     * ones (null date: all its days), with each day's equities in curve order ({@code equities}, parallel to
     * {@code days}); the decision counts are added to; the counters are set.
     */
    public void apply(Map<String, LocalDate> replacedFrom, List<CurveDay> days, List<double[]> equities,
                      Map<String, long[]> addedDecisionCounts, Map<String, Long> meta) {
        run(c -> {
            c.setAutoCommit(false);
            try {
                deleteDays(c, "curve_day", replacedFrom);
                deleteDays(c, "curve_day_equity", replacedFrom);
                insertDays(c, days, equities);
                addCounts(c, addedDecisionCounts);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT OR REPLACE INTO curve_meta (key, value) VALUES (?, ?)")) {
                    for (Map.Entry<String, Long> e : meta.entrySet()) {
                        ps.setString(1, e.getKey());
                        ps.setLong(2, e.getValue());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    /** Every model's days, models in id order, days in date order. */
    public Map<String, List<CurveDay>> days() {
        return run(c -> {
            Map<String, List<CurveDay>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DAY_COLUMNS
                    + " FROM curve_day ORDER BY model_id, day"); ResultSet rs = ps.executeQuery()) {
                Map<String, String> names = new HashMap<>();
                while (rs.next()) {
                    CurveDay d = day(rs, names);
                    out.computeIfAbsent(d.modelId(), k -> new ArrayList<>()).add(d);
                }
            }
            return out;
        });
    }

    /** The last day stored for each model. */
    public Map<String, LocalDate> lastDays() {
        return run(c -> {
            Map<String, LocalDate> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT model_id, MAX(day) FROM curve_day GROUP BY model_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** The equities of some days of a model, in curve order, by date (one query). */
    public Map<LocalDate, double[]> equities(String modelId, Collection<LocalDate> dates) {
        return run(c -> {
            Map<LocalDate, double[]> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, equities FROM curve_day_equity "
                    + "WHERE model_id = ? AND day IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, modelId);
                ps.setString(2, dates.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",", "[", "]")));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(LocalDate.parse(rs.getString(1)), doubles(rs.getBytes(2)));
                    }
                }
            }
            return out;
        });
    }

    /** Decisions and executed decisions per model: {decisions, executed}, models in id order. */
    public Map<String, long[]> decisionCounts() {
        return run(c -> {
            Map<String, long[]> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT model_id, decisions, executed FROM curve_decision_count ORDER BY model_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
            return out;
        });
    }

    private static void deleteDays(Connection c, String table, Map<String, LocalDate> replacedFrom)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE model_id = ? AND day >= ?")) {
            for (Map.Entry<String, LocalDate> e : replacedFrom.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue() == null ? "" : e.getValue().toString());
                ps.executeUpdate();
            }
        }
    }

    private static void insertDays(Connection c, List<CurveDay> days, List<double[]> equities)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO curve_day (" + DAY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement eq = c.prepareStatement(
                     "INSERT INTO curve_day_equity (model_id, day, equities) VALUES (?, ?, ?)")) {
            for (int k = 0; k < days.size(); k++) {
                CurveDay d = days.get(k);
                int i = 1;
                ps.setString(i++, d.modelId());
                ps.setString(i++, d.date().toString());
                ps.setInt(i++, d.count());
                i = snapshot(ps, i, d.first());
                i = snapshot(ps, i, d.last());
                ps.setDouble(i++, d.min());
                ps.setString(i++, d.minTime().text());
                ps.setDouble(i++, d.max());
                ps.setString(i++, d.maxTime().text());
                ps.setLong(i++, d.returns().count());
                ps.setDouble(i++, d.returns().mean());
                ps.setDouble(i++, d.returns().m2());
                ps.setDouble(i++, d.returns().downsideSquares());
                ps.setBytes(i, peaks(d.peaks()));
                ps.addBatch();
                eq.setString(1, d.modelId());
                eq.setString(2, d.date().toString());
                eq.setBytes(3, bytes(equities.get(k)));
                eq.addBatch();
            }
            ps.executeBatch();
            eq.executeBatch();
        }
    }

    private static void addCounts(Connection c, Map<String, long[]> added) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO curve_decision_count (model_id, decisions, executed) "
                + "VALUES (?, ?, ?) ON CONFLICT (model_id) DO UPDATE SET decisions = decisions + excluded.decisions, "
                + "executed = executed + excluded.executed")) {
            for (Map.Entry<String, long[]> e : added.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue()[0]);
                ps.setLong(3, e.getValue()[1]);
                ps.executeUpdate();
            }
        }
    }

    private static int snapshot(PreparedStatement ps, int at, HourlySnapshot s) throws SQLException {
        int i = at;
        if (s.id() == null) {
            ps.setNull(i++, java.sql.Types.INTEGER);
        } else {
            ps.setLong(i++, s.id());
        }
        ps.setString(i++, s.timestamp().text());
        ps.setDouble(i++, s.equity());
        ps.setDouble(i++, s.cash());
        ps.setDouble(i++, s.positionsValue());
        ps.setInt(i++, s.positionsCount());
        return i;
    }

    private static CurveDay day(ResultSet rs, Map<String, String> names) throws SQLException {
        String model = names.computeIfAbsent(rs.getString(1), m -> m);
        HourlySnapshot first = snapshot(rs, 4, model);
        HourlySnapshot last = snapshot(rs, 10, model);
        return new CurveDay(model, LocalDate.parse(rs.getString(2)), rs.getInt(3), first, last,
                rs.getDouble(16), Stamp.parse(rs.getString(17)), rs.getDouble(18), Stamp.parse(rs.getString(19)),
                new CurveDay.Returns(rs.getLong(20), rs.getDouble(21), rs.getDouble(22), rs.getDouble(23)),
                peaks(rs.getBytes(24)));
    }

    private static HourlySnapshot snapshot(ResultSet rs, int at, String model) throws SQLException {
        long id = rs.getLong(at);
        Long boxed = rs.wasNull() ? null : id;
        return new HourlySnapshot(boxed, model, Stamp.parse(rs.getString(at + 1)), rs.getDouble(at + 2),
                rs.getDouble(at + 3), rs.getDouble(at + 4), rs.getInt(at + 5));
    }

    private static byte[] peaks(CurveDay.Peaks p) {
        int r = p.size();
        ByteBuffer b = ByteBuffer.allocate(4 + r * (5 * 8 + 2 * 4));
        b.putInt(r);
        for (int j = 0; j < r; j++) {
            b.putDouble(p.value()[j]).putInt(p.position()[j]).putDouble(p.prefixMin()[j])
                    .putDouble(p.suffixMaxPct()[j]).putDouble(p.suffixMaxDollars()[j])
                    .putDouble(p.suffixPctAtDollars()[j]).putInt(p.suffixUnder()[j]);
        }
        return b.array();
    }

    private static CurveDay.Peaks peaks(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int r = b.getInt();
        double[] value = new double[r];
        int[] position = new int[r];
        double[] prefixMin = new double[r];
        double[] maxPct = new double[r];
        double[] maxDollars = new double[r];
        double[] pctAtDollars = new double[r];
        int[] under = new int[r];
        for (int j = 0; j < r; j++) {
            value[j] = b.getDouble();
            position[j] = b.getInt();
            prefixMin[j] = b.getDouble();
            maxPct[j] = b.getDouble();
            maxDollars[j] = b.getDouble();
            pctAtDollars[j] = b.getDouble();
            under[j] = b.getInt();
        }
        return new CurveDay.Peaks(value, position, prefixMin, maxPct, maxDollars, pctAtDollars, under);
    }

    private static byte[] bytes(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private static double[] doubles(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        double[] out = new double[bytes.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getDouble();
        }
        return out;
    }

    private interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = index.connection()) {
            return work.apply(c);
        } catch (SQLException | RuntimeException e) {
            throw DataErrors.translate(index.file(), e);
        }
    }
}
