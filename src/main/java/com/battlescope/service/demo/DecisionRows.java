package com.battlescope.service.demo;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * decision_log rows bound by hand for the bulk path: the mapper's INSERT (same columns, same text for times),
 * without MyBatis's per-row reflection, which would dominate a four-million-row battle.
 */
final class DecisionRows {
    static final String INSERT = "INSERT INTO decision_log (model_id, symbol, decision, reasoning, confidence,"
            + " timestamp, current_price, position_size, entry_price, stop_loss, take_profit, direction, executed,"
            + " execution_price, execution_time, execution_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private DecisionRows() {
    }

    static void bind(PreparedStatement ps, Decision d) throws SQLException {
        ps.setString(1, d.modelId());
        ps.setString(2, d.symbol());
        ps.setString(3, d.decision());
        ps.setString(4, d.reasoning());
        real(ps, 5, d.confidence());
        time(ps, 6, d.timestamp());
        real(ps, 7, d.currentPrice());
        real(ps, 8, d.positionSize());
        real(ps, 9, d.entryPrice());
        real(ps, 10, d.stopLoss());
        real(ps, 11, d.takeProfit());
        text(ps, 12, d.direction());
        ps.setInt(13, d.executed() ? 1 : 0);
        real(ps, 14, d.executionPrice());
        time(ps, 15, d.executionTime());
        text(ps, 16, d.executionStatus());
    }

    private static void real(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void time(PreparedStatement ps, int i, Stamp v) throws SQLException {
        // our stamps carry the engine's text already; engineText() would format it again
        text(ps, i, v == null ? null : v.offset() == null ? v.text() : v.engineText());
    }
}
