package com.battlescope.service.maintenance;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.data.SqliteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolls back a transaction the engine left unfinished (a hot rollback journal beside a database file): first copies
 * each such file with its journal, byte for byte, into a backup folder, then opens the file for writing so that
 * SQLite itself rolls the journal back, and checks the result. Works on a folder the app cannot open.
 */
public final class RecoverJournal implements MaintenanceTask {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.RECOVER;
    }

    /** The folder's database files that have a hot journal. */
    static List<Path> interrupted(Path folder) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of(BattleFolder.METRICS, BattleFolder.LEADERBOARD, BattleFolder.DECISIONS)) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f) && SqliteFiles.hasHotJournal(f)) {
                files.add(f);
            }
        }
        return files;
    }

    private Path backupFolder(MaintenanceContext ctx) {
        return ctx.folder().resolve("recover-backup-" + STAMP.format(ctx.now().local()));
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Path folder = requireFolder(ctx.folder());
        List<Path> files = interrupted(folder);
        List<String> changes = new ArrayList<>();
        if (files.isEmpty()) {
            changes.add("no interrupted transaction in " + folder + ": nothing to do");
        } else {
            Path backup = backupFolder(ctx);
            for (Path f : files) {
                changes.add("copy " + f.getFileName() + " and " + SqliteFiles.journalFile(f).getFileName() + " into "
                        + backup);
                changes.add("let SQLite roll " + SqliteFiles.journalFile(f).getFileName() + " back: the engine's "
                        + "unfinished transaction is undone, everything it committed stays");
            }
        }
        return new MaintenancePlan(action(), files.isEmpty() ? "Nothing to recover"
                : "Roll back the interrupted transaction of " + files.size() + " file(s)", changes, files, List.of(),
                false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Path folder = requireFolder(ctx.folder());
        List<Path> files = interrupted(folder);
        if (files.isEmpty()) {
            out.message("no interrupted transaction in " + folder + ": nothing to do");
            return;
        }
        Path backup = backupFolder(ctx);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            ctx.report((double) i / files.size(), "backing up " + f.getFileName());
            copy(f, backup);
            copy(SqliteFiles.journalFile(f), backup);
            out.message("backed up " + f.getFileName() + " and its journal into " + backup);
            ctx.report((i + 0.5) / files.size(), "rolling back " + f.getFileName());
            try (SqliteDatabase db = ctx.openWritable(f)) {
                // the first read on a writable connection rolls the hot journal back
                String check = Sql.with(db, c -> String.valueOf(c.rows("PRAGMA quick_check").get(0).get(0)));
                if (!"ok".equals(check)) {
                    out.warning(f.getFileName() + ": quick_check after the rollback says: " + check.replace('\n', ' '));
                }
            }
            if (SqliteFiles.hasHotJournal(f)) {
                throw new MaintenanceException(f + ": the journal is still hot after opening it for writing; the "
                        + "backup is in " + backup);
            }
            out.file(f);
            out.message(f.getFileName() + ": the interrupted transaction was rolled back; quick_check ok");
        }
    }

    private static Path requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DataAccessException(folder, SqliteFiles.missing(folder, "folder not found"));
        }
        return folder;
    }

    private static void copy(Path file, Path backup) {
        try {
            Files.createDirectories(backup);
            Path target = backup.resolve(file.getFileName());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            if (Files.size(target) != Files.size(file)) {
                throw new IOException("the copy has " + Files.size(target) + " bytes, the file " + Files.size(file));
            }
        } catch (IOException e) {
            throw new MaintenanceException("cannot back up " + file + " into " + backup + " (" + e.getMessage()
                    + "); nothing was changed", e);
        }
    }
}
