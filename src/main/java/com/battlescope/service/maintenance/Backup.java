package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.service.view.Cells;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies every database file of the folder into a new timestamped folder while the engine may be writing:
 * {@code VACUUM INTO} takes a consistent snapshot inside one read transaction (it never blocks a WAL writer).
 * The copies are written into a hidden {@code .partial} folder, verified (integrity_check, the same tables, row
 * counts between those of the source just before and just after), and only then renamed to their final name.
 */
public final class Backup implements MaintenanceTask {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path toDir;

    public Backup(Path toDir) {
        this.toDir = toDir.toAbsolutePath().normalize();
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.BACKUP;
    }

    /** The folder in which the timestamped backup folder is made. */
    Path directory() {
        return toDir;
    }

    Path target(MaintenanceContext ctx) {
        return toDir.resolve("battle-backup-" + NAME.format(LocalDateTime.now(ctx.clock())));
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Path target = target(ctx);
        List<String> changes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path f : ctx.files().present()) {
            changes.add("copy " + f.getFileName() + " (" + Cells.bytes(Sql.size(f)) + ") to " + target.resolve(
                    f.getFileName()));
            files.add(target.resolve(f.getFileName()));
        }
        changes.add("the battle's files are only read");
        return new MaintenancePlan(action(), "Back up " + files.size() + " file(s) to " + target, changes, files,
                List.of(), true);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        List<Path> sources = ctx.files().present();
        Path target = target(ctx);
        if (Files.exists(target)) {
            throw new MaintenanceException(target + ": already exists; wait a second or choose another folder");
        }
        Path partial = toDir.resolve("." + target.getFileName() + ".partial");
        boolean done = false;
        try {
            Files.createDirectories(partial);
            long bytes = 0;
            for (int i = 0; i < sources.size(); i++) {
                Path source = sources.get(i);
                ctx.step((double) i / sources.size(), "copying " + source.getFileName());
                Path copy = partial.resolve(source.getFileName());
                copyAndVerify(source, copy, target.resolve(source.getFileName()), out);
                bytes += Sql.size(copy);
            }
            ctx.step(1, "renaming " + partial.getFileName() + " to " + target.getFileName());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            sources.forEach(s -> out.file(target.resolve(s.getFileName())));
            out.message("backed up " + sources.size() + " file(s) (" + Cells.bytes(bytes) + ") to " + target
                    + "; verified: integrity ok, row counts match");
        } catch (IOException e) {
            throw new DataAccessException(toDir, "cannot write the backup: " + e.getMessage(), e);
        } finally {
            if (!done) {
                deleteTree(partial);
            }
        }
    }

    private static void copyAndVerify(Path source, Path copy, Path finalPath, ResultBuilder out) {
        SourceCounts counts = copy(source, copy);
        Map<String, Long> before = counts.before();
        Map<String, Long> after = counts.after();
        Map<String, Long> copied = Sql.read(copy, c -> {
            List<List<Object>> integrity = c.rows("PRAGMA integrity_check");
            if (!(integrity.size() == 1 && "ok".equals(integrity.get(0).get(0)))) {
                throw new MaintenanceException(copy + ": the copy fails integrity_check (" + integrity.get(0).get(0)
                        + "); no backup was made");
            }
            return c.counts("main");
        });
        if (!copied.keySet().equals(before.keySet())) {
            throw new MaintenanceException(copy + ": the copy has tables " + copied.keySet() + " but "
                    + source.getFileName() + " has " + before.keySet() + "; no backup was made");
        }
        for (Map.Entry<String, Long> e : copied.entrySet()) {
            long lo = Math.min(before.get(e.getKey()), after.get(e.getKey()));
            long hi = Math.max(before.get(e.getKey()), after.get(e.getKey()));
            if (e.getValue() < lo || e.getValue() > hi) {
                throw new MaintenanceException(copy + ": " + e.getKey() + " has " + e.getValue() + " rows, the source "
                        + before.get(e.getKey()) + " before and " + after.get(e.getKey()) + " after; no backup was made");
            }
            out.count(finalPath, e.getKey(), before.get(e.getKey()), e.getValue());
        }
    }

    /** Row counts of a source table by table, just before and just after the snapshot was taken. */
    private record SourceCounts(Map<String, Long> before, Map<String, Long> after) {
    }

    private static SourceCounts copy(Path source, Path copy) {
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(source)) {
            return Sql.with(db, c -> {
                Map<String, Long> before = c.counts("main");
                c.update("VACUUM INTO ?", copy.toString());
                return new SourceCounts(before, c.counts("main"));
            });
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a partial folder is hidden and marked as such
        }
    }
}
