package com.battlescope.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;

/**
 * One database that holds battle tables, behind MyBatis: an SQLite file ({@link SqliteDatabase}) or a schema on a
 * PostgreSQL server ({@link PgDatabase}). The mappers' statements are the same for both except where the SQL
 * differs ({@code databaseId}); the plain-JDBC scans ask {@link #dialect()} for those few places.
 */
public interface Database extends AutoCloseable {
    /** Which SQL the database speaks; also MyBatis's {@code databaseId}. */
    enum Dialect {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        private final String databaseId;

        Dialect(String databaseId) {
            this.databaseId = databaseId;
        }

        public String databaseId() {
            return databaseId;
        }
    }

    Dialect dialect();

    /** Runs a read in a session of its own (no lock or snapshot held afterwards), translating driver errors. */
    <T> T read(Function<SqlSession, T> work);

    /**
     * A plain JDBC connection (the caller closes it). A big result arrives a fetch size at a time on both: on
     * PostgreSQL the connection comes with auto-commit off (a read transaction, rolled back when it returns to the
     * pool), without which the driver would hold the whole result in memory.
     */
    Connection connection();

    /** Tables and views present. */
    Set<String> tables();

    /** Column names of a table, in order (empty when the table is absent). */
    Set<String> columns(String table);

    /** Where the data lives, for messages: the file, or the server and schema. */
    Path file();

    @Override
    void close();
}
