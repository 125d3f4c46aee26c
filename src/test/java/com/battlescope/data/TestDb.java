package com.battlescope.data;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Plain-JDBC helpers for data tests: what is really stored, bypassing the mappers. */
final class TestDb {
    private TestDb() {
    }

    static Connection jdbc(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    /** A new database file with the given schema scripts applied (views included). */
    static SqliteDatabase created(Path file, String... scripts) {
        SqliteDatabase db = SqliteDatabase.create(file);
        SchemaScripts.apply(db, true, scripts);
        return db;
    }

    /** Rows as column name -> stored value (String, Long, Double or null), in the order of the query. */
    static List<Map<String, Object>> rows(Path db, String sql, Object... params) throws SQLException {
        try (Connection c = jdbc(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    static Map<String, Object> row(Path db, String sql, Object... params) throws SQLException {
        List<Map<String, Object>> all = rows(db, sql, params);
        if (all.size() != 1) {
            throw new AssertionError("expected one row, got " + all.size() + " for " + sql);
        }
        return all.get(0);
    }

    /** SHA-256 of every file in a folder (name -> hex), to prove that nothing was modified. */
    static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                sums.put(f.getFileName().toString(), sha256(f));
            }
        }
        return sums;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
