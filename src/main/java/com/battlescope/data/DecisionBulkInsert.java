package com.battlescope.data;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * decision_log rows bound by hand for the bulk path: the mapper's INSERT (same columns, same text for times),
 * without MyBatis's per-row reflection, which would dominate a four-million-row battle. One connection in manual
 * commit mode until closed; driver errors come out as {@link JdbcException}.
 */
public final class DecisionBulkInsert implements AutoCloseable {
    static final String INSERT = "INSERT INTO decision_log (model_id, symbol, decision, reasoning, confidence,"
            + " timestamp, current_price, position_size, entry_price, stop_loss, take_profit, direction, executed,"
            + " execution_price, execution_time, execution_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Connection c;
    private final PreparedStatement ps;

    private DecisionBulkInsert(Connection c, PreparedStatement ps) {
        this.c = c;
        this.ps = ps;
    }

    /** A connection of the database with the INSERT prepared, autocommit off. */
    public static DecisionBulkInsert open(SqliteDatabase db) {
        Connection c = db.connection();
        try {
            PreparedStatement ps = c.prepareStatement(INSERT);
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                ps.close();
                throw e;
            }
            return new DecisionBulkInsert(c, ps);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new JdbcException(e);
        }
    }

    /** Inserts the rows as one JDBC batch (uncommitted). */
    public void insert(List<Decision> rows) {
        try {
            for (Decision d : rows) {
                bind(d);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    public void commit() {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    public void rollback() {
        try {
            c.rollback();
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    /** Back to autocommit, then closes the statement and the connection. */
    @Override
    public void close() {
        try (c; ps) {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    private void bind(Decision d) throws SQLException {
        ps.setString(1, d.modelId());
        ps.setString(2, d.symbol());
        ps.setString(3, d.decision());
        ps.setString(4, d.reasoning());
        real(5, d.confidence());
        time(6, d.timestamp());
        real(7, d.currentPrice());
        real(8, d.positionSize());
        real(9, d.entryPrice());
        real(10, d.stopLoss());
        real(11, d.takeProfit());
        text(12, d.direction());
        ps.setInt(13, d.executed() ? 1 : 0);
        real(14, d.executionPrice());
        time(15, d.executionTime());
        text(16, d.executionStatus());
    }

    private void real(int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private void text(int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private void time(int i, Stamp v) throws SQLException {
        // our stamps carry the engine's text already; engineText() would format it again
        text(i, v == null ? null : v.offset() == null ? v.text() : v.engineText());
    }
}
