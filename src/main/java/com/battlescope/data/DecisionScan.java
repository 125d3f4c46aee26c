package com.battlescope.data;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import com.battlescope.model.TimedDecision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions a comparison reads, with plain JDBC: MyBatis's nested result map (TimedDecision around Decision)
 * cost about 10 µs a row, 12 s for one million decisions of one symbol, where the driver alone needs 2 µs. The SQL
 * stays the mapper's {@code getTimedDecisionsBySymbol}, bound by MyBatis; only the rows are mapped here.
 */
public final class DecisionScan {
    private DecisionScan() {
    }

    /**
     * As {@link DecisionMapper#getTimedDecisionsBySymbol(String, String, String, String, String, String)}. Numbers
     * are read by their storage class (text or a BLOB reads as NULL, never as SQLite's 0); a row without a time is
     * skipped (it cannot be compared).
     */
    public static List<TimedDecision> timedBySymbol(Database db, String columns, String symbol, String from,
                                                    String to, String nearFrom, String nearTo) {
        Map<String, Object> params = new HashMap<>();
        params.put("columns", columns);
        params.put("symbol", symbol);
        params.put("from", from);
        params.put("to", to);
        params.put("nearFrom", nearFrom);
        params.put("nearTo", nearTo);
        return db.read(s -> {
            QueryPlans.Bound b = QueryPlans.bind(s, DecisionMapper.class, "getTimedDecisionsBySymbol", params);
            try (PreparedStatement ps = s.getConnection().prepareStatement(b.sql())) {
                for (int i = 0; i < b.values().length; i++) {
                    ps.setObject(i + 1, b.values()[i]);
                }
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    return rows(rs);
                }
            } catch (SQLException e) {
                throw DataErrors.translate(db.file(), e);
            }
        });
    }

    private static List<TimedDecision> rows(ResultSet rs) throws SQLException {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            at.put(rs.getMetaData().getColumnLabel(i), i);
        }
        Columns c = new Columns(rs, at);
        List<TimedDecision> out = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        while (rs.next()) {
            Stamp time = c.stamp("timestamp");
            Object jd = c.object("julian_day");
            if (time == null || !(jd instanceof Number julianDay)) {
                continue;
            }
            Decision d = new Decision(rs.getLong(at.get("id")), c.text(texts, "model_id"), c.text(texts, "symbol"),
                    c.text(texts, "decision"), c.text(null, "reasoning"), c.number("confidence"), time,
                    c.number("current_price"), c.number("position_size"), c.number("entry_price"),
                    c.number("stop_loss"), c.number("take_profit"), c.text(texts, "direction"),
                    at.containsKey("executed") && rs.getBoolean(at.get("executed")), c.number("execution_price"),
                    c.stamp("execution_time"), c.text(texts, "execution_status"));
            out.add(new TimedDecision(d, julianDay.doubleValue()));
        }
        return out;
    }

    /** The current row's columns by name; a column the query does not select reads as null (reasoning as ""). */
    private record Columns(ResultSet rs, Map<String, Integer> at) {
        Object object(String column) throws SQLException {
            Integer i = at.get(column);
            return i == null ? null : rs.getObject(i);
        }

        Double number(String column) throws SQLException {
            return object(column) instanceof Number n ? n.doubleValue() : null;
        }

        Stamp stamp(String column) throws SQLException {
            return StampTypeHandler.toStamp(object(column), "decision_log." + column);
        }

        /** Text, one instance per distinct value when {@code texts} is given (model ids, symbols, words). */
        String text(Map<String, String> texts, String column) throws SQLException {
            Integer i = at.get(column);
            if (i == null) {
                return column.equals("reasoning") ? "" : null;
            }
            String s = rs.getString(i);
            return s == null || texts == null ? s : texts.computeIfAbsent(s, k -> k);
        }
    }
}
