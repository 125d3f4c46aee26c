package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Every decision of {@code decision_log} in storage (id) order without its reasoning, handed over column by column
 * so that a caller can keep millions of them in primitive arrays (plain JDBC: no object per row is kept).
 */
public final class DecisionScan {
    static final String SQL = "SELECT id, model_id, symbol, decision, confidence, timestamp, current_price, "
            + "entry_price, stop_loss, take_profit, executed FROM decision_log ORDER BY id";

    /** One row; a NULL number arrives as NaN. Model ids and symbols arrive as shared instances. */
    @FunctionalInterface
    public interface Sink {
        void row(long id, String modelId, String symbol, String decision, double confidence, Stamp time,
                 double currentPrice, double entryPrice, double stopLoss, double takeProfit, boolean executed);
    }

    private DecisionScan() {
    }

    public static void forEach(SqliteDatabase db, Sink sink) {
        Map<String, String> names = new HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String model = names.computeIfAbsent(rs.getString(2), m -> m);
                    String symbol = names.computeIfAbsent(rs.getString(3), m -> m);
                    String decision = names.computeIfAbsent(String.valueOf(rs.getString(4)), m -> m);
                    Stamp time = StampTypeHandler.toStamp(rs.getObject(6), "decision_log.timestamp");
                    if (time == null) {
                        throw new SQLException("unreadable time in decision_log.timestamp: NULL in row " + id);
                    }
                    sink.row(id, model, symbol, decision, number(rs, 5), time, number(rs, 7), number(rs, 8),
                            number(rs, 9), number(rs, 10), rs.getInt(11) != 0);
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
