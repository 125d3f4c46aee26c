package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.DataErrors;
import com.battlescope.data.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;

/** Plain-JDBC helpers for maintenance; identifiers come from our own code, values are bound. */
final class Sql {
    private Sql() {
    }

    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs work on one pooled connection of the database, translating driver errors for the user. */
    static <T> T with(SqliteDatabase db, Work<T> work) {
        try (Connection c = db.connection()) {
            return work.apply(c);
        } catch (MaintenanceException | MaintenanceCancelledException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** Runs statements on the connection in one transaction: committed when they return, rolled back if not. */
    static void transaction(Connection c, Work<Void> statements) throws SQLException {
        c.setAutoCommit(false);
        try {
            statements.apply(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * {@link SqliteDatabase#write} (one MyBatis transaction), letting a cancel or a refusal out as itself rather
     * than as a driver error of the file.
     */
    static <T> T write(SqliteDatabase db, Function<SqlSession, T> work) {
        try {
            return db.write(work);
        } catch (DataAccessException e) {
            if (e.getCause() instanceof MaintenanceCancelledException c) {
                throw c;
            }
            if (e.getCause() instanceof MaintenanceException m) {
                throw m;
            }
            throw e;
        }
    }

    /** Opens the file read-only for one piece of work, then closes it. */
    static <T> T read(Path file, Work<T> work) {
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
            return with(db, work);
        }
    }

    static String q(String identifier) {
        return SqliteDatabase.quote(identifier);
    }

    /** {@code schema.table} for an attached database ({@code main} for the connection's own file). */
    static String qualified(String schema, String table) {
        return q(schema) + "." + q(table);
    }

    static long count(Connection c, String schema, String table) throws SQLException {
        return longValue(c, "SELECT COUNT(*) FROM " + qualified(schema, table));
    }

    static long longValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static List<List<Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
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
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Ordinary tables of a schema (no sqlite_ internals), in creation order. */
    static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        for (List<Object> r : rows(c, "SELECT name FROM " + q(schema) + ".sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")) {
            names.add((String) r.get(0));
        }
        return names;
    }

    /** Names of every table, view, index and trigger of a schema. */
    static Set<String> objects(Connection c, String schema) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (List<Object> r : rows(c, "SELECT name FROM " + q(schema) + ".sqlite_master")) {
            names.add((String) r.get(0));
        }
        return names;
    }

    static List<String> columns(Connection c, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        for (List<Object> r : rows(c, "SELECT name FROM pragma_table_info(?, ?)", table, schema)) {
            names.add((String) r.get(0));
        }
        return names;
    }

    /** Rows per ordinary table, in creation order. */
    static Map<String, Long> counts(Connection c, String schema) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : tables(c, schema)) {
            counts.put(t, count(c, schema, t));
        }
        return counts;
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1.2 MB, 340 KB, 12 B. */
    private static PreparedStatement prepared(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
