package com.battlescope.data.index;

import com.battlescope.analytics.AlignedReduction;
import com.battlescope.data.ModelTradeTotals;
import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the pre-aggregated curves of an index ({@link CurveIndexPart}). One connection, used by one thread at a time
 * (the methods are synchronized). A reader answers only while {@link #coversSnapshots} says the stored days are those
 * of the engine's snapshots up to its newest id.
 */
public final class CurveIndexReader implements AutoCloseable {
    private final Connection c;
    private final java.nio.file.Path file;

    private CurveIndexReader(Connection c, java.nio.file.Path file) {
        this.c = c;
        this.file = file;
    }

    /** The reader of a complete index holding the curve part, or null when there is none (or it is being built). */
    public static CurveIndexReader open(IndexStore store) {
        IndexStatus status = store.status();
        if (status == null || !status.complete() || !status.parts().containsKey(CurveIndexPart.NAME)) {
            return null;
        }
        return new CurveIndexReader(store.openReader(), store.file());
    }

    /**
     * Whether the stored days are every usable snapshot with an id up to {@code engineMaxId}, the engine's newest:
     * the index covers exactly that id, its times were all plain and no refresh stopped before summing days up.
     */
    public synchronized boolean coversSnapshots(long engineMaxId) {
        return read(() -> covered(IndexSource.SNAPSHOTS) == engineMaxId
                && IndexStore.longValue(c, "SELECT value FROM curve_meta WHERE key = 'plain'") == 1
                && IndexStore.longValue(c, "SELECT COUNT(*) FROM curve_pending") == 0);
    }

    /** Whether the decision counts are those of every decision with an id up to {@code engineMaxId}. */
    public synchronized boolean coversDecisions(long engineMaxId) {
        return read(() -> covered(IndexSource.DECISIONS) == engineMaxId);
    }

    private long covered(IndexSource source) throws SQLException {
        return IndexStore.longValue(c, "SELECT COALESCE(MAX(max_id), 0) FROM bs_source WHERE source = ?",
                source.name());
    }

    /** Every model's days, models in id order, days in date order. */
    public synchronized Map<String, List<CurveDay>> days() {
        return read(() -> {
            Map<String, List<CurveDay>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CurveIndexPart.DAY_COLUMNS
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

    /** Every model's stored fold of all its days but the last ({@code DayCurve.Fold} bytes), models in id order. */
    public synchronized Map<String, byte[]> folds() {
        return read(() -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT model_id, state FROM curve_fold ORDER BY model_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getBytes(2));
                }
            }
            return out;
        });
    }

    /**
     * Each model's all-time trade totals as stored, when the index covers trade_log up to {@code engineMaxId} (the
     * engine's largest trade id now) and the sums were taken over exactly those ids, else empty.
     */
    public synchronized Optional<List<ModelTradeTotals>> tradeTotals(long engineMaxId) {
        return read(() -> {
            if (covered(IndexSource.TRADES) != engineMaxId || IndexStore.longValue(c,
                    "SELECT value FROM curve_meta WHERE key = 'trade_max_id'") != engineMaxId) {
                return Optional.empty();
            }
            List<ModelTradeTotals> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT model_id, trades, winners, losers, gross_profit, "
                    + "gross_loss, best, worst FROM curve_trade_total ORDER BY model_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double best = rs.getDouble(7);
                    Double boxedBest = rs.wasNull() ? null : best;
                    double worst = rs.getDouble(8);
                    Double boxedWorst = rs.wasNull() ? null : worst;
                    out.add(new ModelTradeTotals(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getDouble(5), rs.getDouble(6), boxedBest, boxedWorst));
                }
            }
            return Optional.of(out);
        });
    }

    /** The equities of some days of a model, in curve order, by date (one query). */
    public synchronized Map<LocalDate, double[]> equities(String modelId, Collection<LocalDate> dates) {
        return read(() -> {
            Map<LocalDate, double[]> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, equities FROM curve_day_equity "
                    + "WHERE model_id = ? AND day IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, modelId);
                ps.setString(2, dates.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",", "[", "]")));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ByteBuffer b = ByteBuffer.wrap(rs.getBytes(2));
                        double[] e = new double[b.remaining() / 8];
                        for (int i = 0; i < e.length; i++) {
                            e[i] = b.getDouble();
                        }
                        out.put(LocalDate.parse(rs.getString(1)), e);
                    }
                }
            }
            return out;
        });
    }

    /** Each model's number of snapshots, models in id order. */
    public synchronized Map<String, Long> snapshotCounts() {
        return read(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT model_id, snapshots FROM curve_model ORDER BY model_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** A model's first and last stored day (first = true: its first day), or null when it has none. */
    public synchronized CurveDay endDay(String modelId, boolean first) {
        return read(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CurveIndexPart.DAY_COLUMNS
                    + " FROM curve_day WHERE model_id = ? ORDER BY day " + (first ? "ASC" : "DESC") + " LIMIT 1")) {
                ps.setString(1, modelId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? day(rs, new HashMap<>()) : null;
                }
            }
        });
    }

    /** A model's pyramid buckets of a width in days, in time order. */
    public synchronized List<AlignedReduction.Bucket> buckets(String modelId, int widthDays) {
        return read(() -> {
            List<AlignedReduction.Bucket> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT bucket, min, min_time, max, max_time FROM curve_level "
                    + "WHERE model_id = ? AND width = ? ORDER BY bucket")) {
                ps.setString(1, modelId);
                ps.setInt(2, widthDays);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AlignedReduction.Bucket(rs.getLong(1),
                                new AlignedReduction.Point(Stamp.parse(rs.getString(3)), rs.getDouble(2)),
                                new AlignedReduction.Point(Stamp.parse(rs.getString(5)), rs.getDouble(4))));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Decisions and executed decisions per model: {decisions, executed}, from the decision part of the same index
     * file ({@link DecisionIndexPart#decisionCounts}).
     */
    public synchronized Map<String, long[]> decisionCounts() {
        return read(() -> DecisionIndexPart.decisionCounts(c));
    }

    static CurveDay day(ResultSet rs, Map<String, String> names) throws SQLException {
        String model = names.computeIfAbsent(rs.getString(1), m -> m);
        return new CurveDay(model, LocalDate.parse(rs.getString(2)), rs.getInt(3), snapshot(rs, 4, model),
                snapshot(rs, 10, model), rs.getDouble(16), Stamp.parse(rs.getString(17)), rs.getDouble(18),
                Stamp.parse(rs.getString(19)),
                new CurveDay.Returns(rs.getLong(20), rs.getDouble(21), rs.getDouble(22), rs.getDouble(23)),
                peaks(rs.getBytes(24)));
    }

    private static HourlySnapshot snapshot(ResultSet rs, int at, String model) throws SQLException {
        long id = rs.getLong(at);
        Long boxed = rs.wasNull() ? null : id;
        return new HourlySnapshot(boxed, model, Stamp.parse(rs.getString(at + 1)), rs.getDouble(at + 2),
                rs.getDouble(at + 3), rs.getDouble(at + 4), rs.getInt(at + 5));
    }

    /** The inverse of {@link CurveIndexPart#peaks(CurveDay.Peaks)}. */
    static CurveDay.Peaks peaks(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int r = b.getInt();
        CurveDay.Peaks p = new CurveDay.Peaks(new double[r], new int[r], new double[r], new double[r], new double[r],
                new double[r], new int[r]);
        for (int j = 0; j < r; j++) {
            p.value()[j] = b.getDouble();
            p.position()[j] = b.getInt();
            p.prefixMin()[j] = b.getDouble();
            p.suffixMaxPct()[j] = b.getDouble();
            p.suffixMaxDollars()[j] = b.getDouble();
            p.suffixPctAtDollars()[j] = b.getDouble();
            p.suffixUnder()[j] = b.getInt();
        }
        return p;
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T read(Query<T> q) {
        try {
            return q.run();
        } catch (SQLException e) {
            throw new com.battlescope.data.DataAccessException(file, "index: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a reader whose file went away
        }
    }
}
