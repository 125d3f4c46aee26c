package com.battlescope.data;

import com.battlescope.model.DecisionType;
import com.battlescope.model.Stamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Every decision of {@code decision_log} without its reasoning, for judging millions of them: each row arrives as
 * a handful of numbers (the driver's cost is per column fetched, and text is the dearest). Model, symbol, decision
 * and executed come packed into one integer; the engine's usual time form ("yyyy-MM-dd HH:mm:ss.ffffff") comes as
 * microseconds computed by SQLite. The few other time forms, and the plans (entry, stop, target) of buys and sells,
 * are fetched by id afterwards. A big table is read in two id ranges at once, the upper one straight into the sink's
 * {@link Sink#upper} part. Nothing is kept per row here but the ids of those second looks.
 */
public final class PackedDecisionScan {
    /** The time of a row whose stamp is not in the usual form: its {@link Sink#time} follows. */
    public static final long UNUSUAL_TIME = Long.MIN_VALUE;
    /** Below this many ids one connection reads everything. */
    static final long PARALLEL_FROM_ROWS = 200_000;
    private static final int BATCH = 500;
    private static final String USUAL_TIME = "length(timestamp) = 26 AND substr(timestamp, 11, 1) = ' '"
            + " AND substr(timestamp, 20, 1) = '.'";
    private static final String USUAL_MICROS_SQLITE = " THEN COALESCE(unixepoch(timestamp) * 1000000"
            + " + CAST(substr(timestamp, 21, 6) AS INTEGER), " + UNUSUAL_TIME + ")";
    /** On a server: jd (SQLite's julianday when copied) is NULL where SQLite could not read the time. */
    private static final String USUAL_MICROS_PG = " AND jd IS NOT NULL THEN"
            + " CAST(EXTRACT(EPOCH FROM CAST(timestamp AS timestamp)) * 1000000 AS BIGINT)";
    private static final List<DecisionType> KINDS = List.of(DecisionType.values());

    /**
     * Receives the log: {@link #names} first, then every {@link #row} in id order (or those of the higher ids in an
     * {@link #upper} part meanwhile), {@link #rowsDone}, then times and plans.
     */
    public interface Sink {
        /** The model ids and symbols that {@link #row}'s indices refer to. */
        void names(List<String> models, List<String> symbols);

        /**
         * @param utcMicros  microseconds since 1970 of the time as written (the usual form has no offset), or
         *                   {@link #UNUSUAL_TIME}
         * @param confidence NaN when missing; {@code price} NaN when missing
         */
        void row(long id, int model, int symbol, DecisionType type, boolean executed, long utcMicros,
                 double confidence, double price);

        /** The time of a row that came with {@link #UNUSUAL_TIME}. */
        void time(long id, Stamp time);

        /** A buy's or sell's plan levels (NaN when missing). */
        void plan(long id, double entry, double stop, double target);

        /**
         * A sink for the rows of ids {@code fromId..highestId} (in id order, from another thread) while this one
         * takes those from {@code lowestId} below {@code fromId}; null (the default) to take every row here.
         */
        default Sink upper(long lowestId, long fromId, long highestId) {
            return null;
        }

        /** Every row is in (the upper part's too); times and plans follow. */
        default void rowsDone() {
        }
    }

    private PackedDecisionScan() {
    }

    public static void forEach(Database db, Sink sink) {
        try (Connection c = db.connection()) {
            boolean pg = db.dialect() == Database.Dialect.POSTGRESQL;
            List<String> models = strings(c, pg ? distinctPg("model_id")
                    : "SELECT DISTINCT model_id FROM decision_log ORDER BY model_id");
            List<String> symbols = strings(c, pg ? distinctPg("symbol")
                    : "SELECT DISTINCT symbol FROM decision_log ORDER BY symbol");
            sink.names(models, symbols);
            List<String> params = new ArrayList<>();
            String sql = rowsSql(models, symbols, params, db.dialect());
            long[] ids = idRange(c);
            CompletableFuture<Rows> second = null;
            long split = ids[1];
            if (ids[1] - ids[0] + 1 >= PARALLEL_FROM_ROWS && Runtime.getRuntime().availableProcessors() > 1) {
                long half = ids[0] + (ids[1] - ids[0]) / 2;
                Sink upper = sink.upper(ids[0], half + 1, ids[1]);
                if (upper != null) {
                    split = half;
                    second = CompletableFuture.supplyAsync(() -> {
                        Rows rows = new Rows(upper);
                        try (Connection c2 = db.connection()) {
                            read(c2, sql, params, half + 1, ids[1], rows);
                        } catch (SQLException e) {
                            throw DataErrors.translate(db.file(), e);
                        }
                        return rows;
                    });
                }
            }
            Rows first = new Rows(sink);
            read(c, sql, params, ids[0], split, first);
            if (second != null) {
                try {
                    first.append(second.join());
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            sink.rowsDone();
            byIds(c, "SELECT id, timestamp FROM decision_log WHERE id IN ", first.unusual(), rs -> {
                Stamp time = StampTypeHandler.toStamp(rs.getObject(2), "decision_log.timestamp");
                if (time == null) {
                    throw new SQLException("unreadable time in decision_log.timestamp: NULL in row " + rs.getLong(1));
                }
                sink.time(rs.getLong(1), time);
            });
            byIds(c, "SELECT id, entry_price, stop_loss, take_profit FROM decision_log WHERE id IN ",
                    first.directional(), rs -> sink.plan(rs.getLong(1), number(rs, 2), number(rs, 3), number(rs, 4)));
        } catch (SQLException | RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /**
     * One pass over the rows; names become indices through CASEs with bound values (never built from text). The
     * names are SQLite's own order ({@code ORDER BY}, binary collation), as the CASEs' comparisons.
     */
    private static String rowsSql(List<String> models, List<String> symbols, List<String> params,
                                  Database.Dialect dialect) {
        boolean pg = dialect == Database.Dialect.POSTGRESQL;
        return "SELECT id, ((CAST(" + indexCase("model_id", models, 0, models.size(), params) + " AS BIGINT)) * 65536 + ("
                + indexCase("symbol", symbols, 0, symbols.size(), params) + ")) * 16 + (CASE decision WHEN 'buy' THEN " + DecisionType.BUY.ordinal()
                + " WHEN 'hold' THEN " + DecisionType.HOLD.ordinal() + " WHEN 'sell' THEN " + DecisionType.SELL.ordinal()
                + " WHEN 'close' THEN " + DecisionType.CLOSE.ordinal() + " ELSE (CASE lower(trim(decision))"
                + " WHEN 'buy' THEN " + DecisionType.BUY.ordinal() + " WHEN 'sell' THEN " + DecisionType.SELL.ordinal()
                + " WHEN 'hold' THEN " + DecisionType.HOLD.ordinal() + " WHEN 'close' THEN "
                + DecisionType.CLOSE.ordinal() + " ELSE " + DecisionType.UNKNOWN.ordinal() + " END) END) * 2"
                + " + (CASE WHEN " + (pg ? "executed <> 0" : "executed") + " THEN 1 ELSE 0 END),"
                + " CASE WHEN " + USUAL_TIME + (pg ? USUAL_MICROS_PG : USUAL_MICROS_SQLITE) + " ELSE "
                + UNUSUAL_TIME + " END,"
                + " COALESCE(confidence, -1), COALESCE(current_price, -1) FROM decision_log"
                + " WHERE id BETWEEN ? AND ? ORDER BY id";
    }

    private static void read(Connection c, String sql, List<String> params, long fromId, long toId, Rows sink)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (String name : params) {
                ps.setString(p++, name);
            }
            ps.setLong(p++, fromId);
            ps.setLong(p, toId);
            ps.setFetchSize(5000);
            if (ps.isWrapperFor(org.postgresql.PGStatement.class)) {
                // numbers in binary from the first execution: parsing 4 million rows' text took a fifth of the scan
                ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5));
                }
            }
        }
    }

    /** Hands rows to a sink as fetched, noting the ids to look at again (unusual times, buys and sells). */
    private static final class Rows {
        private final Sink sink;
        private long[] unusual = new long[16];
        private int unusualSize;
        private long[] directional = new long[16];
        private int directionalSize;

        Rows(Sink sink) {
            this.sink = sink;
        }

        void add(long id, long packedRow, long utcMicros, double conf, double p) {
            DecisionType type = KINDS.get((int) ((packedRow >>> 1) & 7));
            if (utcMicros == UNUSUAL_TIME) {
                unusual = push(unusual, unusualSize++, id);
            }
            if (type == DecisionType.BUY || type == DecisionType.SELL) {
                directional = push(directional, directionalSize++, id);
            }
            sink.row(id, (int) (packedRow >>> 20), (int) ((packedRow >>> 4) & 0xFFFF), type, (packedRow & 1) != 0,
                    utcMicros, conf < 0 ? Double.NaN : conf, p < 0 ? Double.NaN : p);
        }

        /** Takes over the ids noted by the rows of higher ids. */
        void append(Rows higher) {
            for (int i = 0; i < higher.unusualSize; i++) {
                unusual = push(unusual, unusualSize++, higher.unusual[i]);
            }
            for (int i = 0; i < higher.directionalSize; i++) {
                directional = push(directional, directionalSize++, higher.directional[i]);
            }
        }

        private static long[] push(long[] a, int at, long v) {
            long[] out = at == a.length ? Arrays.copyOf(a, a.length * 2) : a;
            out[at] = v;
            return out;
        }

        long[] unusual() {
            return Arrays.copyOf(unusual, unusualSize);
        }

        long[] directional() {
            return Arrays.copyOf(directional, directionalSize);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** The rows of the given ids, fetched {@value #BATCH} at a time by primary key. */
    private static void byIds(Connection c, String select, long[] ids, RowReader reader) throws SQLException {
        for (int from = 0; from < ids.length; from += BATCH) {
            int n = Math.min(BATCH, ids.length - from);
            String sql = select + "(" + "?,".repeat(n - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(i + 1, ids[from + i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    private static long[] idRange(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM decision_log");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[2];
        }
    }

    /**
     * The index of {@code column}'s value among the sorted {@code names} as a binary search of nested CASEs
     * (log2 n comparisons per row instead of n / 2); the bound values are added to {@code params} in order.
     */
    static String indexCase(String column, List<String> names, int from, int to, List<String> params) {
        if (to - from <= 1) {
            return Integer.toString(from);
        }
        int mid = (from + to) >>> 1;
        params.add(names.get(mid));
        return "(CASE WHEN " + column + " < ? THEN " + indexCase(column, names, from, mid, params) + " ELSE "
                + indexCase(column, names, mid, to, params) + " END)";
    }

    /**
     * A server's distinct values of a NOT NULL column with an index leading on it, in order: one index seek per
     * value (PostgreSQL has no skip scan: its DISTINCT read all 4.2 million index entries, 0.6 to 0.9 s a column).
     */
    private static String distinctPg(String column) {
        return "WITH RECURSIVE v(x) AS (SELECT MIN(" + column + ") FROM decision_log UNION ALL SELECT (SELECT MIN("
                + column + ") FROM decision_log WHERE " + column + " > v.x) FROM v WHERE v.x IS NOT NULL) "
                + "SELECT x FROM v WHERE x IS NOT NULL";
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
