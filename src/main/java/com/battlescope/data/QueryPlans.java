package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.SqlSession;

/** {@code EXPLAIN QUERY PLAN} of a mapper statement, with the SQL and parameters MyBatis would really send. */
public final class QueryPlans {
    /** The tables of the data contract; plan lines about CTEs and subqueries are not table accesses. */
    private static final Set<String> TABLES = Set.of("hourly_snapshots", "daily_summaries", "weekly_summaries",
            "monthly_summaries", "trade_log", "decision_log", "leaderboard_snapshots", "current_standings");

    private QueryPlans() {
    }

    /** The plan's detail lines, e.g. "SEARCH decision_log USING INDEX idx_decision_model_time (model_id=?)". */
    public static List<String> explain(Database db, Class<?> mapper, String method, Map<String, Object> params) {
        return db.read(s -> {
            Bound b = bind(s, mapper, method, params);
            return explain(s.getConnection(), db.dialect(), b.sql(), b.values());
        });
    }

    /** A mapper statement's SQL as MyBatis would send it for these parameters, with the values in order. */
    record Bound(String sql, Object[] values) {
    }

    static Bound bind(SqlSession s, Class<?> mapper, String method, Map<String, Object> params) {
        BoundSql sql = s.getConfiguration().getMappedStatement(mapper.getName() + "." + method).getBoundSql(params);
        MetaObject meta = s.getConfiguration().newMetaObject(params);
        List<ParameterMapping> mappings = sql.getParameterMappings();
        Object[] values = new Object[mappings.size()];
        for (int i = 0; i < values.length; i++) {
            String property = mappings.get(i).getProperty();
            values[i] = sql.hasAdditionalParameter(property) ? sql.getAdditionalParameter(property)
                    : meta.getValue(property);
        }
        return new Bound(sql.getSql(), values);
    }

    /** The plan of plain SQL (a query the app sends without MyBatis) with its parameters in order. */
    public static List<String> explainSql(Database db, String sql, Object... params) {
        try (Connection c = db.connection()) {
            return explain(c, db.dialect(), sql, params);
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** SQLite's {@code EXPLAIN QUERY PLAN} detail lines, or PostgreSQL's {@code EXPLAIN} lines. */
    private static List<String> explain(Connection c, Database.Dialect dialect, String sql, Object[] params) {
        boolean pg = dialect == Database.Dialect.POSTGRESQL;
        try (PreparedStatement ps = c.prepareStatement((pg ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql)) {
            for (int i = 0; i < params.length; i++) {
                Object value = params[i];
                ps.setObject(i + 1, value instanceof Boolean b ? (b ? 1 : 0)
                        : value instanceof Stamp t ? t.engineText() : value);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(pg ? rs.getString(1).strip() : rs.getString("detail"));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when every access to a contract table seeks an index or the rowid ({@code SEARCH}); false when any
     * reads a whole table or a whole index ({@code SCAN}).
     */
    public static boolean usesIndex(List<String> plan) {
        if (plan.stream().anyMatch(l -> l.contains(" on ") && l.contains("cost="))) {
            return usesIndexPg(plan);
        }
        List<String> reads = plan.stream().filter(QueryPlans::readsTable).toList();
        return !reads.isEmpty() && reads.stream().noneMatch(l -> l.startsWith("SCAN "));
    }

    /**
     * PostgreSQL: no sequential scan of a contract table (or one of its month partitions); a scan the planner
     * costs at 0.00 reads no page (an empty partition, as the DEFAULT one of times in other forms usually is).
     */
    private static boolean usesIndexPg(List<String> plan) {
        return plan.stream().noneMatch(l -> {
            int at = l.indexOf("Seq Scan on ");
            if (at < 0 || l.contains("(cost=0.00..0.00 ")) {
                return false;
            }
            String table = l.substring(at + 12).split("[ (]")[0];
            return TABLES.stream().anyMatch(table::startsWith);
        });
    }

    /** A plan line that reads a contract table: "SEARCH t ..." or "SCAN t ..." (not a CTE or a subquery). */
    public static boolean readsTable(String line) {
        String[] words = line.split(" ");
        return words.length >= 2 && (words[0].equals("SEARCH") || words[0].equals("SCAN")) && TABLES.contains(words[1]);
    }
}
