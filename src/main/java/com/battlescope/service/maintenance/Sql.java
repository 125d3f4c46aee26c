package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.DataErrors;
import com.battlescope.data.Jdbc;
import com.battlescope.data.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;

/** Maintenance's way into the data layer: errors worded for the user, a cancel or a refusal let out as itself. */
final class Sql {
    private Sql() {
    }

    /** Runs work on one pooled connection of the database, translating driver errors for the user. */
    static <T> T with(SqliteDatabase db, Jdbc.Work<T> work) {
        try {
            return Jdbc.on(db, work);
        } catch (MaintenanceException | MaintenanceCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DataErrors.translate(db.file(), e);
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
            throw unwrap(e);
        }
    }

    /** A cancel or a refusal that a write wrapped as a driver error of the file, as itself. */
    static RuntimeException unwrap(DataAccessException e) {
        if (e.getCause() instanceof MaintenanceCancelledException c) {
            return c;
        }
        if (e.getCause() instanceof MaintenanceException m) {
            return m;
        }
        return e;
    }

    /** Opens the file read-only for one piece of work, then closes it. */
    static <T> T read(Path file, Jdbc.Work<T> work) {
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
            return with(db, work);
        }
    }

    static String q(String identifier) {
        return SqliteDatabase.quote(identifier);
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
