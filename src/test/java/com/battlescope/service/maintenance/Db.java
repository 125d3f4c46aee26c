package com.battlescope.service.maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain-JDBC helpers for maintenance tests: what is really stored, bypassing the app. */
final class Db {
    private Db() {
    }

    static Connection jdbc(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    static long count(Path db, String table) throws SQLException {
        return ((Number) value(db, "SELECT COUNT(*) FROM " + table)).longValue();
    }

    static Object value(Path db, String sql, Object... params) throws SQLException {
        List<List<Object>> rows = rows(db, sql, params);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** Rows as lists of stored values (String, Long, Double or null). */
    static List<List<Object>> rows(Path db, String sql, Object... params) throws SQLException {
        try (Connection c = jdbc(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<List<Object>> out = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    static Map<String, Object> row(Path db, String sql, Object... params) throws SQLException {
        try (Connection c = jdbc(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    static void execute(Path db, String... sql) throws SQLException {
        try (Connection c = jdbc(db); var st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Every row of every table of a file, ordered, for "nothing changed" comparisons. */
    static Map<String, List<List<Object>>> dump(Path db) throws SQLException {
        Map<String, List<List<Object>>> all = new LinkedHashMap<>();
        for (List<Object> t : rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "ORDER BY name")) {
            all.put((String) t.get(0), rows(db, "SELECT * FROM \"" + t.get(0) + "\" ORDER BY 1"));
        }
        return all;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock standing still at a local time with microseconds, in UTC so that local = as written. */
    static Clock clockAt(String isoLocal) {
        return Clock.fixed(LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static MaintenanceService service(Path tmp, Clock clock) {
        return new MaintenanceService(new MaintenanceLog(tmp.resolve("log/maintenance.log")), clock, 500);
    }
}
