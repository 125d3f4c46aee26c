package com.battlescope.service.maintenance;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import com.battlescope.data.Jdbc;
import com.battlescope.data.PgDatabase;
import com.battlescope.data.ServerWrites;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;

/**
 * What an action runs against: the folder, its files, the clock, the lock timeout and the progress sink. The
 * battle is opened read-only once per action and shared by its reads (opening is the costly part).
 */
public final class MaintenanceContext implements AutoCloseable {
    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path folder;
    private final Clock clock;
    private final int busyTimeoutMs;
    private final MaintenanceProgress progress;
    private BattleFolder opened;
    private Battle battle;
    private BattleFiles files;
    /** A server battle the caller opened (and closes): the actions read it and write its schema. */
    private final Battle server;

    MaintenanceContext(Path folder, Clock clock, int busyTimeoutMs, MaintenanceProgress progress) {
        this.folder = folder;
        this.clock = clock;
        this.busyTimeoutMs = busyTimeoutMs;
        this.progress = progress;
        this.server = null;
    }

    /**
     * On a server battle: its three "files" are the schema ({@code /postgresql/HOST:PORT/DB/SCHEMA}); writes go to
     * the schema in one transaction ({@link #write}).
     */
    MaintenanceContext(Battle server, Clock clock, MaintenanceProgress progress) {
        this.folder = server.path();
        this.clock = clock;
        this.busyTimeoutMs = 0;
        this.progress = progress;
        this.server = server;
        this.battle = server;
        this.files = new BattleFiles(folder, folder, folder, folder, List.of(folder));
    }

    /** The server schema, or null for a folder. */
    PgDatabase server() {
        return server == null ? null : server.serverDatabase();
    }

    /**
     * Runs mapper statements on the database that holds {@code file}'s tables in one transaction: the file opened
     * for writing, or the server schema. A cancel or a refusal comes out as itself.
     */
    <T> T write(Path file, Function<SqlSession, T> work) {
        if (server == null) {
            try (SqliteDatabase db = openWritable(file)) {
                return Sql.write(db, work);
            }
        }
        try {
            return ServerWrites.write(server(), work);
        } catch (DataAccessException e) {
            throw Sql.unwrap(e);
        }
    }

    public Path folder() {
        return files != null ? files.folder() : folder;
    }

    /** The folder's files, resolved on first use; throws when the folder cannot be opened. */
    public BattleFiles files() {
        if (files == null) {
            files = BattleFiles.of(opened());
        }
        return files;
    }

    /** The battle, read-only, opened on first use and closed with the context. */
    public Battle battle() {
        if (battle == null) {
            battle = new Battle(opened());
        }
        return battle;
    }

    /** The battle's files as the data layer opened them (for the connections maintenance shares with it). */
    private BattleFolder opened() {
        if (opened == null) {
            opened = BattleFolder.open(folder);
        }
        return opened;
    }

    /** Reads one file: through the open battle when it is one of its files, else opened read-only for the work. */
    <T> T read(Path file, Jdbc.Work<T> work) {
        for (SqliteDatabase db : opened().databases()) {
            if (db.file().equals(file)) {
                return Sql.with(db, work);
            }
        }
        return Sql.read(file, work);
    }

    /**
     * A writable connection for the action. Refuses a file marked read-only (no write permission bit, which
     * even an administrator's account would otherwise ignore), a read-only folder and a foreign file.
     */
    public SqliteDatabase openWritable(Path file) {
        if (markedReadOnly(file)) {
            throw new DataAccessException(file, "read-only file (no write permission): the action would change it");
        }
        return SqliteDatabase.openWritable(file, busyTimeoutMs);
    }

    /** Now, in the engine's text form, as the engine stamps {@code snapshot_time} and {@code last_updated}. */
    public Stamp now() {
        return Stamp.of(LocalDateTime.now(clock));
    }

    public Clock clock() {
        return clock;
    }

    /** Reports progress and stops here (throwing {@link MaintenanceCancelledException}) when the user cancelled. */
    public void step(double fraction, String message) {
        progress.update(fraction, message);
        if (progress.isCancelled()) {
            throw new MaintenanceCancelledException();
        }
    }

    /** Reports progress at a point where the action cannot stop. */
    public void report(double fraction, String message) {
        progress.update(fraction, message);
    }

    @Override
    public void close() {
        if (server != null) {
            return; // the caller's battle
        }
        if (opened != null) {
            opened.close(); // the battle's own folder: closing it closes the battle
            opened = null;
            battle = null;
        }
    }

    static boolean markedReadOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class);
                return a.permissions().stream().noneMatch(WRITE_BITS::contains);
            }
            return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
