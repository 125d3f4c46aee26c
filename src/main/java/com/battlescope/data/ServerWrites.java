package com.battlescope.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;

/**
 * Maintenance's writes and catalogue reads on a server battle: a mapper transaction (the same statements as on
 * SQLite, {@code databaseId} where the SQL differs), plain statements in auto-commit (VACUUM cannot run in a
 * transaction) and rows of catalogue queries. Each uses a connection of its own, closed afterwards.
 */
public final class ServerWrites {
    private ServerWrites() {
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public static <T> T write(PgDatabase db, Function<SqlSession, T> work) {
        try (Connection c = db.writingConnection()) {
            c.setAutoCommit(false);
            try (SqlSession s = Mappers.factory(Database.Dialect.POSTGRESQL).openSession(c)) {
                T result = work.apply(s);
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        } catch (RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** Runs statements one by one in auto-commit (VACUUM, ANALYZE, DDL that is its own transaction). */
    public static void execute(PgDatabase db, List<String> statements) {
        try (Connection c = db.writingConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** Runs statements in one transaction (all or nothing). */
    public static void transaction(PgDatabase db, List<String> statements) {
        try (Connection c = db.writingConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /** The rows of a query with bound parameters, each as a list of its column values. */
    public static List<List<Object>> rows(PgDatabase db, String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }
}
