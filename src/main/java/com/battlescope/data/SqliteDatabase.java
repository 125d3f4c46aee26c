package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file behind MyBatis. Read-only by default: browsing never writes, never holds a lock
 * between queries (auto-commit sessions) and never checkpoints the engine's WAL.
 */
public final class SqliteDatabase implements AutoCloseable {
    public static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final boolean writable;
    private final PooledDataSource dataSource;
    private final Path tempCopy;
    private final String readMode;
    private final String uri;

    private SqliteDatabase(Path file, boolean writable, String url, Path tempCopy, String readMode) {
        this(file, writable, url, tempCopy, readMode, BUSY_TIMEOUT_MS);
    }

    private SqliteDatabase(Path file, boolean writable, String url, Path tempCopy, String readMode,
                           int busyTimeoutMs) {
        this.file = file;
        this.writable = writable;
        this.tempCopy = tempCopy;
        this.readMode = readMode;
        this.uri = url.substring("jdbc:sqlite:".length());
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(busyTimeoutMs);
        cfg.setReadOnly(!writable);
        if (writable) {
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        this.dataSource = new PooledDataSource("org.sqlite.JDBC", url, cfg.toProperties());
        dataSource.setPoolMaximumActiveConnections(writable ? 1 : 4);
        dataSource.setPoolMaximumIdleConnections(writable ? 1 : 4);
    }

    /**
     * The mappers, parsed once per JVM (parsing the XML took longer than opening a folder's files); each session
     * gets this database's own pooled connection, so the factory's environment is never used for connections.
     */
    private static final class Mappers {
        static final SqlSessionFactory FACTORY = new SqlSessionFactoryBuilder()
                .build(configuration(new UnpooledDataSource("org.sqlite.JDBC", "jdbc:sqlite::memory:", null, null)));
    }

    /** Opens for reading only; handles WAL files in folders the user cannot write. */
    public static SqliteDatabase openReadOnly(Path file) {
        return openReadOnly(file, BUSY_TIMEOUT_MS, null);
    }

    /**
     * As {@link #openReadOnly(Path)} with a busy timeout and, for tests, the folder's writability forced
     * (null = ask the file system).
     */
    static SqliteDatabase openReadOnly(Path file, int busyTimeoutMs, Boolean folderWritableOverride) {
        SqliteFiles.requireSqlite(file);
        Path folder = file.toAbsolutePath().getParent();
        boolean folderWritable = folderWritableOverride != null ? folderWritableOverride : Files.isWritable(folder);
        boolean wal = SqliteFiles.isWalMode(file);
        if (folderWritable || !wal || Files.exists(SqliteFiles.shmFile(file))) {
            return verified(new SqliteDatabase(file, false, url(file, "mode=ro"), null, "read-only", busyTimeoutMs));
        }
        if (!SqliteFiles.hasNonEmptyWal(file)) {
            return verified(new SqliteDatabase(file, false, url(file, "immutable=1"), null, "read-only (immutable)",
                    busyTimeoutMs));
        }
        Path copy = copyWithWal(file);
        return verified(new SqliteDatabase(file, false, url(copy, "mode=ro"), copy.getParent(),
                "read-only copy (folder not writable, WAL not checkpointed)", busyTimeoutMs));
    }

    /** Opens an existing file for an explicit write action; refuses read-only files clearly. */
    public static SqliteDatabase openWritable(Path file) {
        return openWritable(file, BUSY_TIMEOUT_MS);
    }

    /** As {@link #openWritable(Path)} with a busy timeout: how long a writer's lock is waited for. */
    public static SqliteDatabase openWritable(Path file, int busyTimeoutMs) {
        SqliteFiles.requireSqlite(file);
        if (!Files.isWritable(file)) {
            throw new DataAccessException(file, "read-only file: the action needs write permission");
        }
        if (!Files.isWritable(file.toAbsolutePath().getParent())) {
            throw new DataAccessException(file, "the folder is read-only: SQLite needs to write its journal there");
        }
        return verified(new SqliteDatabase(file, true, url(file, null), null, "read-write", busyTimeoutMs));
    }

    /** Creates (or opens) a database file for writing, e.g. a demo battle or an archive. */
    public static SqliteDatabase create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DataAccessException(file, "cannot create the folder: " + e.getMessage(), e);
        }
        if (Files.exists(file)) {
            return openWritable(file);
        }
        return new SqliteDatabase(file, true, url(file, null), null, "read-write");
    }

    private static SqliteDatabase verified(SqliteDatabase db) {
        try {
            db.tables();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String url(Path file, String query) {
        String uri = file.toAbsolutePath().toUri().toString();
        return "jdbc:sqlite:" + uri + (query == null ? "" : "?" + query);
    }

    private static Path copyWithWal(Path file) {
        try {
            Path dir = Files.createTempDirectory("battlescope-ro");
            Path copy = dir.resolve(file.getFileName());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(SqliteFiles.walFile(file), SqliteFiles.walFile(copy));
            return copy;
        } catch (IOException e) {
            throw new DataAccessException(file, "read-only folder with an un-checkpointed WAL, and a temporary copy "
                    + "failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration(DataSource ds) {
        Configuration c = new Configuration(new Environment("battle", new JdbcTransactionFactory(), ds));
        c.setMapUnderscoreToCamelCase(true);
        c.setArgNameBasedConstructorAutoMapping(true);
        c.setCacheEnabled(false);
        c.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
        c.getTypeHandlerRegistry().register(Stamp.class, new StampTypeHandler());
        c.getTypeHandlerRegistry().register(LocalDateTime.class, new LocalDateTimeTypeHandler());
        c.getTypeHandlerRegistry().register(LocalDate.class, new LocalDateTypeHandler());
        Stream.of(SnapshotMapper.class, DecisionMapper.class, TradeMapper.class, SummaryMapper.class,
                LeaderboardMapper.class).forEach(c::addMapper);
        return c;
    }

    /** Runs a read in an auto-commit session (no lock held afterwards), translating driver errors for the user. */
    public <T> T read(Function<SqlSession, T> work) {
        try (SqlSession s = Mappers.FACTORY.openSession(connection())) {
            return work.apply(s);
        } catch (RuntimeException e) {
            throw DataErrors.translate(file, e);
        }
    }

    /** Runs work in one transaction; commits when it returns, rolls back when it throws. */
    public <T> T write(Function<SqlSession, T> work) {
        return inTransaction(ExecutorType.SIMPLE, work);
    }

    /** Like {@link #write} with JDBC batching, for bulk inserts. */
    public <T> T writeBatch(Function<SqlSession, T> work) {
        return inTransaction(ExecutorType.BATCH, work);
    }

    private <T> T inTransaction(ExecutorType type, Function<SqlSession, T> work) {
        requireWritable();
        Connection c = connection();
        try (SqlSession s = Mappers.FACTORY.openSession(type, autoCommitOff(c))) {
            T result = work.apply(s);
            s.flushStatements();
            s.commit(true);
            return result;
        } catch (RuntimeException e) {
            throw DataErrors.translate(file, e);
        }
    }

    private Connection autoCommitOff(Connection c) {
        try {
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw DataErrors.translate(file, e);
        }
    }

    /** A plain JDBC connection (PRAGMAs, maintenance); the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw DataErrors.translate(file, e);
        }
    }

    /** Tables and views present in the file. */
    public Set<String> tables() {
        try (Connection c = connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table','view')")) {
            Set<String> names = new LinkedHashSet<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw DataErrors.translate(file, e);
        }
    }

    /** Column names of a table, in order (empty when the table is absent). */
    public Set<String> columns(String table) {
        try (Connection c = connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            Set<String> names = new LinkedHashSet<>();
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
            return names;
        } catch (SQLException e) {
            throw DataErrors.translate(file, e);
        }
    }

    /** Quotes an identifier that comes from our own code (table names), never from user input. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private void requireWritable() {
        if (!writable) {
            throw new DataAccessException(file, "opened read-only; this action needs a writable connection");
        }
    }

    public Path file() {
        return file;
    }

    /** The URI this database reads (a temporary copy for a read-only folder with a WAL), to ATTACH it elsewhere. */
    public String uri() {
        return uri;
    }

    public boolean isWritable() {
        return writable;
    }

    /** How the file was opened, for the status bar. */
    public String readMode() {
        return readMode;
    }

    @Override
    /**
     * Closes every connection. After writing, the WAL is checkpointed and truncated first (best effort: a busy
     * reader or writer only leaves it as it is): a read-only opener must otherwise scan every frame of it, which
     * took 0.2 s per open after building the search index of 4 million decisions (a 600 MB WAL).
     */
    public void close() {
        if (writable) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException ignored) {
                // best effort: the next writer's checkpoint catches up
            }
        }
        dataSource.forceCloseAll();
        if (tempCopy != null) {
            try (Stream<Path> files = Files.walk(tempCopy)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp copy is harmless
            }
        }
    }
}
