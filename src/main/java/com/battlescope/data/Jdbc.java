package com.battlescope.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One plain JDBC connection for statements MyBatis does not fit (PRAGMAs, maintenance on attached files, DDL).
 * Identifiers come from our own code and are quoted; values are bound. Driver errors come out as
 * {@link JdbcException}, unchecked, so that callers outside {@code data} never see {@code java.sql}.
 */
public final class Jdbc {
    private final Connection c;

    /** Work on one connection. */
    public interface Work<T> {
        T apply(Jdbc c);
    }

    private Jdbc(Connection c) {
        this.c = c;
    }

    /** Runs work on one pooled connection of the database (autocommit), then closes it. */
    public static <T> T on(Database db, Work<T> work) {
        try (Connection c = db.connection()) {
            return work.apply(new Jdbc(c));
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    /** Runs statements in one transaction: committed when they return, rolled back if not. */
    public void transaction(Work<?> statements) {
        try {
            c.setAutoCommit(false);
            try {
                statements.apply(this);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    /** {@code schema.table} for an attached database ({@code main} for the connection's own file). */
    public static String qualified(String schema, String table) {
        return SqliteDatabase.quote(schema) + "." + SqliteDatabase.quote(table);
    }

    public long count(String schema, String table) {
        return longValue("SELECT COUNT(*) FROM " + qualified(schema, table));
    }

    public long longValue(String sql, Object... params) {
        try (PreparedStatement ps = prepared(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    public List<List<Object>> rows(String sql, Object... params) {
        try (PreparedStatement ps = prepared(sql, params); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            List<List<Object>> out = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = prepared(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    public void execute(String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new JdbcException(e);
        }
    }

    /** Ordinary tables of a schema (no sqlite_ internals), in creation order. */
    public List<String> tables(String schema) {
        List<String> names = new ArrayList<>();
        for (List<Object> r : rows("SELECT name FROM " + SqliteDatabase.quote(schema) + ".sqlite_master WHERE "
                + "type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")) {
            names.add((String) r.get(0));
        }
        return names;
    }

    /** Names of every table, view, index and trigger of a schema. */
    public Set<String> objects(String schema) {
        Set<String> names = new LinkedHashSet<>();
        for (List<Object> r : rows("SELECT name FROM " + SqliteDatabase.quote(schema) + ".sqlite_master")) {
            names.add((String) r.get(0));
        }
        return names;
    }

    public List<String> columns(String schema, String table) {
        List<String> names = new ArrayList<>();
        for (List<Object> r : rows("SELECT name FROM pragma_table_info(?, ?)", table, schema)) {
            names.add((String) r.get(0));
        }
        return names;
    }

    /** Rows per ordinary table, in creation order. */
    public Map<String, Long> counts(String schema) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : tables(schema)) {
            counts.put(t, count(schema, t));
        }
        return counts;
    }

    private PreparedStatement prepared(String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }
}
