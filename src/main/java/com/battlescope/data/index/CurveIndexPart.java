package com.battlescope.data.index;

import com.battlescope.analytics.AlignedReduction;
import com.battlescope.analytics.DayCurve;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.data.SnapshotScan;
import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-aggregated curves' part of the index: what the leaderboard, the full-range equity chart and the report read
 * instead of every snapshot.
 * <ul>
 *   <li>{@code curve_day}: one row per model and calendar day as written, a {@link CurveDay} (first and last snapshot,
 *       lowest and highest equity with their times, the moments of the day's returns, the day's records for the
 *       drawdown figures as a BLOB); doubles are REALs or BLOB bytes, both exact;</li>
 *   <li>{@code curve_day_equity}: the day's equities in curve order (a BLOB), read only for the few days a
 *       sparkline picks;</li>
 *   <li>{@code curve_level}: the min/max pyramid of the equity chart: per model and bucket of each width in days that
 *       {@link AlignedReduction} may use (1, 2, 3, 4, 7, 14, … days, aligned to multiples of the width since 1970), the
 *       bucket's lowest and highest point, so that a full-range chart reads at most a few hundred rows per model
 *       whatever the battle's length; {@code curve_model} each model's number of snapshots;</li>
 *   <li>{@code curve_fold}: per model the {@link DayCurve.Fold} of every day but its last ({@code through} the
 *       last day folded in, empty when none), so that the all-time leaderboard reads a row and the last day per
 *       model instead of every day;</li>
 *   <li>{@code curve_trade_total}: each model's all-time trade totals, summed by the query the engine reader runs
 *       ({@code getTradeTotals}) when a refresh covered new trade_log ids ({@code curve_meta.trade_max_id}: the
 *       largest id summed; trade_log is a source of the store, which rebuilds the index when it was rewritten);</li>
 *   <li>{@code curve_pending}: models with snapshots added by the chunks of a refresh and the earliest time among
 *       them; {@link #finish} sums those models' touched days up again from the snapshots (from their last stored day,
 *       or the whole model when a snapshot lands before it) and empties it;</li>
 *   <li>{@code curve_meta}: {@code plain} = 0 once a snapshot time is not text in the engine's plain form (its text
 *       order is then not its time order: the part keeps no days and readers use the snapshots), {@code to} the
 *       covered snapshot id.</li>
 * </ul>
 */
public final class CurveIndexPart implements IndexPart {
    public static final String NAME = "curve";
    static final String DAY_COLUMNS = "model_id, day, count, "
            + "first_id, first_time, first_equity, first_cash, first_positions_value, first_positions_count, "
            + "last_id, last_time, last_equity, last_cash, last_positions_value, last_positions_count, "
            + "min, min_time, max, max_time, return_count, return_mean, return_m2, return_downside, peaks";
    /** The engine reader's "usable" rows (SnapshotMapper.xml): the others are in no figure. */
    private static final String USABLE = "model_id IS NOT NULL AND timestamp IS NOT NULL "
            + "AND typeof(equity) IN ('integer', 'real') AND typeof(cash) IN ('integer', 'real') "
            + "AND typeof(positions_value) IN ('integer', 'real')";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 4;
    }

    @Override
    public Set<IndexSource> sources() {
        return Set.of(IndexSource.SNAPSHOTS, IndexSource.TRADES);
    }

    @Override
    public void create(Connection index) throws SQLException {
        try (Statement st = index.createStatement()) {
            st.execute("CREATE TABLE curve_day (model_id TEXT NOT NULL, day TEXT NOT NULL, count INTEGER NOT NULL, "
                    + "first_id INTEGER, first_time TEXT NOT NULL, first_equity REAL NOT NULL, first_cash REAL NOT NULL, "
                    + "first_positions_value REAL NOT NULL, first_positions_count INTEGER NOT NULL, "
                    + "last_id INTEGER, last_time TEXT NOT NULL, last_equity REAL NOT NULL, last_cash REAL NOT NULL, "
                    + "last_positions_value REAL NOT NULL, last_positions_count INTEGER NOT NULL, "
                    + "min REAL NOT NULL, min_time TEXT NOT NULL, max REAL NOT NULL, max_time TEXT NOT NULL, "
                    + "return_count INTEGER NOT NULL, return_mean REAL NOT NULL, return_m2 REAL NOT NULL, "
                    + "return_downside REAL NOT NULL, peaks BLOB NOT NULL, PRIMARY KEY (model_id, day)) WITHOUT ROWID");
            st.execute("CREATE TABLE curve_day_equity (model_id TEXT NOT NULL, day TEXT NOT NULL, "
                    + "equities BLOB NOT NULL, PRIMARY KEY (model_id, day)) WITHOUT ROWID");
            st.execute("CREATE TABLE curve_level (model_id TEXT NOT NULL, width INTEGER NOT NULL, bucket INTEGER NOT NULL, "
                    + "min REAL NOT NULL, min_time TEXT NOT NULL, max REAL NOT NULL, max_time TEXT NOT NULL, "
                    + "PRIMARY KEY (model_id, width, bucket)) WITHOUT ROWID");
            st.execute("CREATE TABLE curve_model (model_id TEXT PRIMARY KEY, snapshots INTEGER NOT NULL)");
            st.execute("CREATE TABLE curve_fold (model_id TEXT PRIMARY KEY, through TEXT NOT NULL, state BLOB NOT NULL)");
            st.execute("CREATE TABLE curve_trade_total (model_id TEXT PRIMARY KEY, trades INTEGER NOT NULL, "
                    + "winners INTEGER NOT NULL, losers INTEGER NOT NULL, gross_profit REAL NOT NULL, "
                    + "gross_loss REAL NOT NULL, best REAL, worst REAL)");
            st.execute("CREATE TABLE curve_pending (model_id TEXT PRIMARY KEY, earliest TEXT NOT NULL)");
            st.execute("CREATE TABLE curve_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)");
            st.execute("INSERT INTO curve_meta VALUES ('plain', 1), ('to', 0), "
                    + "('trade_max_id', -1)");
        }
    }

    @Override
    public void update(Connection index, IndexSource source, long fromId, long toId) throws SQLException {
        if (source == IndexSource.TRADES) {
            // the sums are taken again in finish, over the whole table (the engine reader's order of addition)
            execute(index, "UPDATE curve_meta SET value = -1 WHERE key = 'trade_max_id'");
            return;
        }
        if (IndexStore.longValue(index, "SELECT COUNT(*) FROM " + source.qualified() + " WHERE id > ? AND id <= ? AND "
                + USABLE + " AND typeof(timestamp) <> 'text'", fromId, toId) > 0) {
            execute(index, "UPDATE curve_meta SET value = 0 WHERE key = 'plain'");
        }
        execute(index, "INSERT INTO curve_pending (model_id, earliest) SELECT model_id, MIN(timestamp) FROM "
                + source.qualified() + " WHERE id > ? AND id <= ? AND " + USABLE + " GROUP BY model_id "
                + "ON CONFLICT (model_id) DO UPDATE SET earliest = MIN(earliest, excluded.earliest)", fromId, toId);
        execute(index, "UPDATE curve_meta SET value = ? WHERE key = 'to'", toId);
    }

    /** Sums the touched days of the pending models up again from the snapshots (ids up to the covered one). */
    @Override
    public void finish(Connection index, boolean rebuilt) throws SQLException {
        long to = IndexStore.longValue(index, "SELECT value FROM curve_meta WHERE key = 'to'");
        Map<String, String> pending = new LinkedHashMap<>();
        try (Statement st = index.createStatement();
             ResultSet rs = st.executeQuery("SELECT model_id, earliest FROM curve_pending ORDER BY model_id")) {
            while (rs.next()) {
                pending.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Map.Entry<String, String> e : pending.entrySet()) {
            if (!plain(index) || !summarise(index, e.getKey(), e.getValue(), to)) {
                execute(index, "UPDATE curve_meta SET value = 0 WHERE key = 'plain'");
                break;
            }
        }
        if (!plain(index)) {
            for (String table : List.of("curve_day", "curve_day_equity", "curve_level", "curve_model", "curve_fold")) {
                execute(index, "DELETE FROM " + table);
            }
        }
        execute(index, "DELETE FROM curve_pending");
        tradeTotals(index);
    }

    /**
     * The all-time totals of trade_log per model, summed again when a refresh covered new trade ids: with the query
     * the engine reader runs, over the table as it is in this transaction, and {@code trade_max_id} its largest id
     * then (a reader uses the sums only while that is the covered and the engine's largest id).
     */
    private static void tradeTotals(Connection index) throws SQLException {
        if (IndexStore.longValue(index, "SELECT COUNT(*) FROM bs_source WHERE source = ?",
                IndexSource.TRADES.name()) == 0 || meta(index, "trade_max_id") >= 0) {
            return;
        }
        String table = IndexSource.TRADES.qualified();
        long maxId = IndexStore.longValue(index, "SELECT COALESCE(MAX(id), 0) FROM " + table);
        execute(index, "DELETE FROM curve_trade_total");
        // TradeMapper.xml getTradeTotals without bounds, the same SQL on the same file: the same sums to the bit
        execute(index, "INSERT INTO curve_trade_total SELECT model_id, COUNT(*) AS trades, "
                + "SUM(CASE WHEN realized_pnl > 0 THEN 1 ELSE 0 END) AS winners, "
                + "SUM(CASE WHEN realized_pnl < 0 THEN 1 ELSE 0 END) AS losers, "
                + "TOTAL(CASE WHEN realized_pnl > 0 THEN realized_pnl END) AS gross_profit, "
                + "-TOTAL(CASE WHEN realized_pnl < 0 THEN realized_pnl END) AS gross_loss, "
                + "MAX(realized_pnl) AS best, MIN(realized_pnl) AS worst FROM " + table + " WHERE 1 = 1 "
                + "GROUP BY model_id");
        execute(index, "UPDATE curve_meta SET value = ? WHERE key = 'trade_max_id'", maxId);
    }

    private static long meta(Connection index, String key) throws SQLException {
        return IndexStore.longValue(index, "SELECT value FROM curve_meta WHERE key = ?", key);
    }

    private static boolean plain(Connection index) throws SQLException {
        return IndexStore.longValue(index, "SELECT value FROM curve_meta WHERE key = 'plain'") == 1;
    }

    /** One model's days from its last stored day on (all of them when the earliest new time is before it). */
    private static boolean summarise(Connection index, String model, String earliest, long to) throws SQLException {
        String last = null;
        try (PreparedStatement ps = index.prepareStatement("SELECT MAX(day) FROM curve_day WHERE model_id = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
                last = rs.next() ? rs.getString(1) : null;
            }
        }
        boolean whole = last == null || earliest.compareTo(last) < 0;
        String from = whole ? "" : last + " 00:00:00";
        List<HourlySnapshot> rows = new ArrayList<>();
        SnapshotScan.read(index, IndexSource.SNAPSHOTS.qualified(), "model_id = ? AND id <= ? AND timestamp >= ?",
                new Object[] {model, to, from}, rows::add);
        for (HourlySnapshot s : rows) {
            if (!plain(s.timestamp())) {
                return false;
            }
        }
        try (PreparedStatement day = index.prepareStatement("DELETE FROM curve_day WHERE model_id = ? AND day >= ?");
             PreparedStatement eq = index.prepareStatement(
                     "DELETE FROM curve_day_equity WHERE model_id = ? AND day >= ?")) {
            for (PreparedStatement ps : List.of(day, eq)) {
                ps.setString(1, model);
                ps.setString(2, whole ? "" : last);
                ps.executeUpdate();
            }
        }
        insert(index, EquityCurve.of(rows).points());
        pyramid(index, model, whole ? null : LocalDate.parse(last));
        fold(index, model, whole ? null : last);
        execute(index, "INSERT OR REPLACE INTO curve_model (model_id, snapshots) "
                + "SELECT model_id, SUM(count) FROM curve_day WHERE model_id = ? GROUP BY model_id", model);
        return true;
    }

    /**
     * Stores the fold of every day of the model but its last ({@link DayCurve.Fold}): the stored fold extended by the
     * days after it when the days before {@code kept} were kept (it then ends before {@code kept}), else folded anew.
     */
    private static void fold(Connection index, String model, String kept) throws SQLException {
        DayCurve.Fold fold = new DayCurve.Fold();
        String through = "";
        if (kept != null) {
            try (PreparedStatement ps = index.prepareStatement(
                    "SELECT through, state FROM curve_fold WHERE model_id = ? AND through < ?")) {
                ps.setString(1, model);
                ps.setString(2, kept);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        through = rs.getString(1);
                        fold = DayCurve.Fold.of(rs.getBytes(2));
                    }
                }
            }
        }
        try (PreparedStatement ps = index.prepareStatement("SELECT " + DAY_COLUMNS + " FROM curve_day "
                + "WHERE model_id = ? AND day > ? AND day < (SELECT MAX(day) FROM curve_day WHERE model_id = ?) "
                + "ORDER BY day")) {
            ps.setString(1, model);
            ps.setString(2, through);
            ps.setString(3, model);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, String> names = new HashMap<>();
                while (rs.next()) {
                    CurveDay d = CurveIndexReader.day(rs, names);
                    fold.add(d);
                    through = d.date().toString();
                }
            }
        }
        execute(index, "INSERT OR REPLACE INTO curve_fold (model_id, through, state) VALUES (?, ?, ?)", model,
                through, fold.bytes());
    }

    /** The model's pyramid buckets from those holding {@code from} on (every bucket when null), from its days. */
    private static void pyramid(Connection index, String model, LocalDate from) throws SQLException {
        List<Integer> widths = AlignedReduction.dayWidths();
        long startDay = Long.MAX_VALUE;
        for (int w : widths) {
            startDay = from == null ? startDay : Math.min(startDay, Math.floorDiv(from.toEpochDay(), w) * w);
        }
        String start = from == null ? "" : LocalDate.ofEpochDay(startDay).toString();
        List<AlignedReduction.DayExtremes> days = new ArrayList<>();
        try (PreparedStatement ps = index.prepareStatement("SELECT day, min, min_time, max, max_time FROM curve_day "
                + "WHERE model_id = ? AND day >= ? ORDER BY day")) {
            ps.setString(1, model);
            ps.setString(2, start);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new AlignedReduction.DayExtremes(LocalDate.parse(rs.getString(1)),
                            new AlignedReduction.Point(Stamp.parse(rs.getString(3)), rs.getDouble(2)),
                            new AlignedReduction.Point(Stamp.parse(rs.getString(5)), rs.getDouble(4))));
                }
            }
        }
        try (PreparedStatement delete = index.prepareStatement(
                "DELETE FROM curve_level WHERE model_id = ? AND width = ? AND bucket >= ?");
             PreparedStatement insert = index.prepareStatement("INSERT INTO curve_level (model_id, width, bucket, "
                     + "min, min_time, max, max_time) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int w : widths) {
                long first = from == null ? Long.MIN_VALUE : Math.floorDiv(from.toEpochDay(), w);
                delete.setString(1, model);
                delete.setInt(2, w);
                delete.setLong(3, first);
                delete.executeUpdate();
                for (AlignedReduction.Bucket b : AlignedReduction.buckets(days, w)) {
                    if (b.index() < first) {
                        continue;
                    }
                    insert.setString(1, model);
                    insert.setInt(2, w);
                    insert.setLong(3, b.index());
                    insert.setDouble(4, b.min().y());
                    insert.setString(5, b.min().time().text());
                    insert.setDouble(6, b.max().y());
                    insert.setString(7, b.max().time().text());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The engine's plain text form, whose text order is its time order (no offset, no "T", six digits or none). */
    public static boolean plain(Stamp t) {
        return t.offset() == null && t.text().equals(Stamp.format(t.local()));
    }

    private static void insert(Connection c, List<HourlySnapshot> ordered) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO curve_day (" + DAY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement eq = c.prepareStatement(
                     "INSERT INTO curve_day_equity (model_id, day, equities) VALUES (?, ?, ?)")) {
            int at = 0;
            for (CurveDay d : DayCurve.days(ordered)) {
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
                ByteBuffer b = ByteBuffer.allocate(d.count() * 8);
                for (HourlySnapshot s : ordered.subList(at, at + d.count())) {
                    b.putDouble(s.equity());
                }
                at += d.count();
                eq.setString(1, d.modelId());
                eq.setString(2, d.date().toString());
                eq.setBytes(3, b.array());
                eq.addBatch();
            }
            ps.executeBatch();
            eq.executeBatch();
        }
    }

    private static int snapshot(PreparedStatement ps, int at, HourlySnapshot s) throws SQLException {
        int i = at;
        if (s.id() == null) {
            ps.setNull(i++, Types.INTEGER);
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

    /** The day's records as bytes: their count, then per record its seven figures. */
    static byte[] peaks(CurveDay.Peaks p) {
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

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
