package com.battlescope.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.session.SqlSession;

/**
 * One battle schema on a PostgreSQL server behind MyBatis (the {@code postgresql} statements of the mappers). Every
 * connection reads with auto-commit off, so that a big result streams a fetch size at a time (the driver holds a
 * whole auto-commit result in memory); its transaction is rolled back when it returns to the pool. Browsing never
 * writes. The password is never kept anywhere but in the driver's connection properties in memory.
 */
public final class PgDatabase implements Database {
    private final ServerAddress address;
    private final PooledDataSource dataSource;

    private PgDatabase(ServerAddress address, PooledDataSource dataSource) {
        this.address = address;
        this.dataSource = dataSource;
    }

    /**
     * Opens a schema for reading (or, with an address without schema, the database: for {@link #battleSchemas}); fails naming the server when it cannot connect, or when the schema is absent
     * (listing the battle schemas it has).
     */
    public static PgDatabase open(ServerAddress address, char[] password) {
        Properties props = address.driverProperties(password);
        PooledDataSource ds = new PooledDataSource("org.postgresql.Driver", address.url(), props);
        ds.setPoolMaximumActiveConnections(6);
        ds.setPoolMaximumIdleConnections(6);
        ds.setDefaultAutoCommit(false);
        PgDatabase db = new PgDatabase(address, ds);
        try {
            if (address.schema() != null && !db.schemaExists()) {
                throw new DataAccessException(db.file(), "no schema " + address.schema() + " on the server"
                        + ServerAddress.listed(db.battleSchemas()));
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The schemas of the database that hold a battle (an {@code hourly_snapshots} table), by name. */
    public java.util.List<String> battleSchemas() {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT table_schema FROM "
                + "information_schema.tables WHERE table_name = 'hourly_snapshots' ORDER BY table_schema");
             ResultSet rs = ps.executeQuery()) {
            java.util.List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw DataErrors.translate(file(), e);
        }
    }

    public ServerAddress address() {
        return address;
    }

    public String schema() {
        return address.schema();
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public <T> T read(Function<SqlSession, T> work) {
        try (SqlSession s = Mappers.factory(Dialect.POSTGRESQL).openSession(connection())) {
            return work.apply(s);
        } catch (RuntimeException e) {
            throw DataErrors.translate(file(), e);
        }
    }

    @Override
    public Connection connection() {
        try {
            Connection c = dataSource.getConnection();
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
            }
            return c;
        } catch (SQLException e) {
            throw DataErrors.translate(file(), e);
        }
    }

    /** A connection of its own, outside the pool, with auto-commit on: for writing (migrate, maintenance). */
    public Connection writingConnection() {
        try {
            return new org.postgresql.Driver().connect(address.url(), dataSource.getDriverProperties());
        } catch (SQLException e) {
            throw DataErrors.translate(file(), e);
        }
    }

    @Override
    public Set<String> tables() {
        // pg_catalog, not information_schema: its views took tens of milliseconds on a database of many partitions
        return names("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?"
                + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname");
    }

    @Override
    public Set<String> columns(String table) {
        return names("SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0"
                + " AND NOT a.attisdropped ORDER BY a.attnum", table);
    }

    private boolean schemaExists() {
        return !names("SELECT nspname FROM pg_namespace WHERE nspname = ?").isEmpty();
    }

    private Set<String> names(String sql, String... more) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, address.schema());
            for (int i = 0; i < more.length; i++) {
                ps.setString(i + 2, more[i]);
            }
            Set<String> names = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw DataErrors.translate(file(), e);
        }
    }

    /** The server and schema as a path for messages: {@code /postgresql/HOST:PORT/DB/SCHEMA}. */
    @Override
    public Path file() {
        return address.path();
    }

    @Override
    public void close() {
        dataSource.forceCloseAll();
    }
}
