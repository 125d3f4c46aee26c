package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.DataErrors;
import com.battlescope.data.Jdbc;
import com.battlescope.data.JdbcException;
import com.battlescope.data.SchemaScripts;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.model.Stamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves rows older than a time into an archive database with the contract's schema, on the archive's connection with
 * the battle's files attached: one transaction copies the rows and verifies that the archive grew by exactly those
 * (a failure or a cancel here rolls back, and a new archive file is removed again); then one transaction per battle
 * file deletes the rows the archive now holds and verifies the counts. Rows keep their ids; re-archiving into the
 * same file appends.
 * <p>
 * Killed after the archive committed, rows are in both files, never in neither. Running the same archive again
 * recognises them (same id, every column identical), copies only what is missing, deletes the rest from the battle
 * and verifies archive + battle = before with no row in both. A row the archive holds with other values is refused.
 */
public final class ArchiveOldData implements MaintenanceTask {
    static final int CHUNK = 20_000;
    private static final String ARCHIVE = "main";

    private final Stamp before;
    private final boolean all;
    private final Path target;
    private final Set<ArchiveTable> tables;
    private java.util.function.Consumer<Step> hook = step -> { };

    /** @param tables which tables to archive; all four when empty */
    public ArchiveOldData(Stamp before, Path target, Set<ArchiveTable> tables) {
        this(before, target, tables, false);
    }

    /**
     * @param before null with {@code all}: every row
     * @param all    allow a cut-off after the newest row (it moves every row and leaves the battle's tables empty)
     */
    public ArchiveOldData(Stamp before, Path target, Set<ArchiveTable> tables, boolean all) {
        this.all = all;
        this.before = before != null ? before : Stamp.parse("9999-12-31 23:59:59");
        this.target = target.toAbsolutePath().normalize();
        this.tables = tables.isEmpty() ? EnumSet.allOf(ArchiveTable.class) : EnumSet.copyOf(tables);
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.ARCHIVE;
    }

    /** The bound as SQL compares it: the engine's text form, space separator. */
    String bound() {
        return Stamp.format(before.local());
    }

    /** One table to move: where it lives and the schema alias it has on the archive connection. */
    private record Move(ArchiveTable table, Path file, String schema) {
    }

    /** A table's rows in its battle file and those older than the bound (for the plan). */
    private record Selection(long rows, long selected) {
    }

    /**
     * One table's row counts around a run: in its battle file and in the archive before and after, the rows selected
     * to move, and those among them the archive already held identically (an earlier run stopped after the archive
     * committed).
     */
    private record Counts(long sourceBefore, long sourceAfter, long archiveBefore, long archiveAfter, long selected,
                          long alreadyArchived) {
        /** The same with the counts after the move. */
        Counts after(long source, long archive) {
            return new Counts(sourceBefore, source, archiveBefore, archive, selected, alreadyArchived);
        }

        /** What the archive must hold once the copy is done. */
        long archiveExpected() {
            return archiveBefore + selected - alreadyArchived;
        }

        /** Battle + archive after = before, counting the rows that were in both once. */
        boolean addsUp() {
            return sourceBefore + archiveBefore - alreadyArchived == sourceAfter + archiveAfter;
        }
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        BattleFiles files = ctx.files();
        refuseBattleFile(files);
        List<String> changes = new ArrayList<>();
        List<TableCount> counts = new ArrayList<>();
        List<Path> touched = new ArrayList<>();
        long total = 0;
        long rows = 0;
        List<Move> moves = moves(ctx, files, changes);
        refuseEverything(ctx, moves);
        for (Move m : moves) {
            Selection n = ctx.read(m.file(), c -> new Selection(c.count("main", m.table().table()),
                    c.longValue("SELECT COUNT(*) FROM " + Sql.q(m.table().table()) + " WHERE "
                            + Sql.q(m.table().timeColumn()) + " < ?", bound())));
            long archived = archiveCount(ctx, m.table().table());
            changes.add("move " + n.selected() + " of " + n.rows() + " rows of " + m.table().table() + " ("
                    + m.table().timeColumn() + " < '" + bound() + "') from " + m.file().getFileName() + " to "
                    + target.getFileName());
            counts.add(new TableCount(m.file().getFileName().toString(), m.table().table(), n.rows(), n.rows() - n.selected()));
            counts.add(new TableCount(target.getFileName().toString(), m.table().table(), archived, archived + n.selected()));
            if (!touched.contains(m.file())) {
                touched.add(m.file());
            }
            total += n.selected();
            rows += n.rows();
        }
        touched.add(target);
        changes.add(0, (Files.exists(target) ? "append to the archive " : "create the archive ") + target);
        changes.add("the archive commits its copy first, then each battle file its deletions: a crash in between "
                + "leaves rows in both files, never in neither, and running the same archive again finishes the move");
        changes.add("while it runs the engine cannot write to these files (its writes wait for the lock)");
        return new MaintenancePlan(action(), "Archive " + total + " rows older than " + bound() + "; " + (rows - total)
                + " of " + rows + " rows remain in the battle", changes, touched, counts, true);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        BattleFiles files = ctx.files();
        refuseBattleFile(files);
        List<String> notes = new ArrayList<>();
        List<Move> moves = moves(ctx, files, notes);
        notes.forEach(out::message);
        if (moves.isEmpty()) {
            throw new MaintenanceException("none of the chosen tables exists in the battle: nothing to archive");
        }
        refuseEverything(ctx, moves);
        for (Move m : moves) {
            // refuses read-only, foreign and corrupt files before anything is attached
            ctx.openWritable(m.file()).close();
        }
        // an empty file is an empty database to SQLite: it becomes a new archive (and empty again on failure)
        boolean wasEmpty = Files.exists(target) && Sql.size(target) == 0;
        if (wasEmpty) {
            deleteQuietly(target);
        }
        boolean created = !Files.exists(target);
        boolean[] committed = {false};
        try (SqliteDatabase archive = created ? SqliteDatabase.create(target) : ctx.openWritable(target)) {
            Map<Move, Counts> after = transfer(ctx, archive, moves, committed);
            moves.forEach(m -> out.file(m.file()));
            out.file(target);
            long total = 0;
            long already = 0;
            for (Move m : moves) {
                Counts n = after.get(m);
                out.count(m.file(), m.table().table(), n.sourceBefore(), n.sourceAfter());
                out.count(target, m.table().table(), n.archiveBefore(), n.archiveAfter());
                total += n.selected();
                already += n.alreadyArchived();
                if (!n.addsUp()) {
                    out.warning("after the commit " + m.table().table() + " does not add up: " + n.sourceAfter()
                            + " remaining + " + n.archiveAfter() + " archived != " + n.sourceBefore() + " + "
                            + n.archiveBefore() + " before - " + n.alreadyArchived() + " in both");
                }
            }
            if (already > 0) {
                out.message(already + " of these rows were already in the archive, identical (an earlier archive "
                        + "stopped after the archive committed): they were only removed from the battle");
            }
            out.message("archived " + total + " rows older than " + bound() + " into " + target
                    + "; verified: archive + remaining = before for every table, no row in both");
        } finally {
            if (created && !committed[0]) {
                deleteQuietly(target);
                if (wasEmpty) {
                    recreateEmpty();
                }
            }
        }
    }

    /**
     * Copy, then move: on the archive's connection, with the battle's files attached. Returns per "schema.table":
     * source before, source after, archive before, archive after, moved, already archived. {@code committed[0]}
     * turns true the moment the archive's copy is committed.
     */
    private Map<Move, Counts> transfer(MaintenanceContext ctx, SqliteDatabase archive, List<Move> moves,
                                       boolean[] committed) {
        try {
            return Jdbc.on(archive, c -> transfer(ctx, c, moves, committed));
        } catch (MaintenanceCancelledException | MaintenanceException | DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private Map<Move, Counts> transfer(MaintenanceContext ctx, Jdbc c, List<Move> moves, boolean[] committed) {
        c.rows("PRAGMA journal_mode = WAL");
        List<String> attached = new ArrayList<>();
        try {
            for (Move m : moves) {
                if (!attached.contains(m.schema())) {
                    c.update("ATTACH DATABASE ? AS " + Sql.q(m.schema()), m.file().toString());
                    attached.add(m.schema());
                }
            }
            // BEGIN IMMEDIATE takes the write lock of every attached file at once: the engine waits meanwhile
            Map<Move, Counts> counts = new LinkedHashMap<>();
            c.transaction(tx -> {
                counts.putAll(copyAndVerify(ctx, tx, moves));
                hook.accept(Step.COPIED);
                return null;
            });
            committed[0] = true;
            hook.accept(Step.ARCHIVE_COMMITTED);
            removeArchived(ctx, c, moves, counts);
            for (Move m : moves) {
                counts.put(m, counts.get(m).after(c.count(m.schema(), m.table().table()),
                        c.count(ARCHIVE, m.table().table())));
                long both = c.longValue("SELECT COUNT(*) FROM " + Jdbc.qualified(m.schema(), m.table().table())
                        + " WHERE " + Sql.q(m.table().timeColumn()) + " < ? AND id IN (SELECT id FROM "
                        + Jdbc.qualified(ARCHIVE, m.table().table()) + ")", bound());
                if (both != 0) {
                    throw new MaintenanceException("verification failed: " + both + " rows of " + m.table().table()
                            + " are both in " + m.file().getFileName() + " and in " + target.getFileName()
                            + "; nothing is lost: run the same archive again");
                }
            }
            return counts;
        } finally {
            for (String schema : attached) {
                try {
                    c.execute("DETACH DATABASE " + Sql.q(schema));
                } catch (JdbcException ignored) {
                    // the connection is closed right after; a failed detach loses nothing
                }
            }
        }
    }

    /**
     * The steps of a run, in order; the test hook is called at each (a throw there stands for the process being
     * killed at that point).
     */
    enum Step {
        /** the rows are copied and verified, nothing committed */
        COPIED,
        /** the archive committed: the rows are in both files until the battle's files commit */
        ARCHIVE_COMMITTED,
        /** one battle file committed its deletions (once per file) */
        BATTLE_FILE_COMMITTED
    }

    /** For tests: called at every {@link Step}. */
    ArchiveOldData withHook(java.util.function.Consumer<Step> hook) {
        this.hook = hook;
        return this;
    }

    /**
     * The archive's transaction: copies the selected rows the archive does not hold yet and verifies its count.
     * Rows it already holds with the same id (an earlier run stopped after the archive committed) must be identical
     * to the battle's; they are counted as already archived and only removed from the battle afterwards.
     */
    private Map<Move, Counts> copyAndVerify(MaintenanceContext ctx, Jdbc c, List<Move> moves) {
        createArchiveSchema(c);
        Map<Move, Counts> counts = new LinkedHashMap<>();
        long toMove = 0;
        for (Move m : moves) {
            requireColumns(c, m);
            String src = Jdbc.qualified(m.schema(), m.table().table());
            String where = Sql.q(m.table().timeColumn()) + " < ?";
            long selected = c.longValue("SELECT COUNT(*) FROM " + src + " WHERE " + where, bound());
            long already = c.longValue("SELECT COUNT(*) FROM " + src + " WHERE " + where + " AND id IN (SELECT id "
                    + "FROM " + Jdbc.qualified(ARCHIVE, m.table().table()) + ")", bound());
            long different = differing(c, m);
            if (different > 0) {
                throw new MaintenanceException(target + ": the archive already holds " + different + " different rows "
                        + "of " + m.table().table() + " with the ids of rows to move (not an earlier run of this "
                        + "archive); nothing was changed");
            }
            counts.put(m, new Counts(c.count(m.schema(), m.table().table()), 0, c.count(ARCHIVE, m.table().table()),
                    0, selected, already));
            toMove += selected - already;
        }
        long copied = 0;
        for (Move m : moves) {
            Counts n = counts.get(m);
            String cols = String.join(", ", c.columns(m.schema(), m.table().table()).stream().map(Sql::q).toList());
            String src = Jdbc.qualified(m.schema(), m.table().table());
            String where = Sql.q(m.table().timeColumn()) + " < ?";
            String arc = Jdbc.qualified(ARCHIVE, m.table().table());
            for (long[] range : idRanges(c, src, where)) {
                copied += c.update("INSERT INTO " + arc + " (" + cols + ") SELECT " + cols + " FROM " + src
                        + " WHERE " + where + " AND id >= ? AND id < ? AND id NOT IN (SELECT id FROM " + arc + ")",
                        bound(), range[0], range[1]);
                ctx.step(0.5 * copied / Math.max(1, toMove), "copied " + copied + " of " + toMove + " rows");
            }
            long archived = c.count(ARCHIVE, m.table().table());
            if (archived != n.archiveExpected()) {
                throw new MaintenanceException("verification failed: " + target.getFileName() + " holds " + archived
                        + " rows of " + m.table().table() + ", expected " + n.archiveExpected()
                        + "; nothing was changed");
            }
        }
        ctx.step(0.5, "copied and verified " + copied + " rows; deleting them from the battle");
        return counts;
    }

    /** Selected rows whose id the archive holds with other values. */
    private long differing(Jdbc c, Move m) {
        List<String> cols = c.columns(m.schema(), m.table().table());
        String same = String.join(" AND ", cols.stream().map(col -> "s." + Sql.q(col) + " IS a." + Sql.q(col))
                .toList());
        return c.longValue("SELECT COUNT(*) FROM " + Jdbc.qualified(m.schema(), m.table().table()) + " s JOIN "
                + Jdbc.qualified(ARCHIVE, m.table().table()) + " a ON a.id = s.id WHERE s."
                + Sql.q(m.table().timeColumn()) + " < ? AND NOT (" + same + ")", bound());
    }

    /**
     * The battle's transactions, one per file: deletes the selected rows that the archive holds identically and
     * verifies the counts. Not cancellable: the copy is committed, so stopping now would leave rows in both files.
     */
    private void removeArchived(MaintenanceContext ctx, Jdbc c, List<Move> moves, Map<Move, Counts> counts) {
        long toDelete = moves.stream().mapToLong(m -> counts.get(m).selected()).sum();
        long[] deleted = {0};
        List<String> schemas = moves.stream().map(Move::schema).distinct().toList();
        for (String schema : schemas) {
            try {
                c.transaction(tx -> {
                    for (Move m : moves.stream().filter(x -> x.schema().equals(schema)).toList()) {
                        deleted[0] += deleteArchived(ctx, tx, m, counts.get(m),
                                deleted[0], toDelete);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                Path file = moves.stream().filter(x -> x.schema().equals(schema)).findFirst().orElseThrow().file();
                throw new MaintenanceException(target + ": the rows are copied into the archive, but removing them "
                        + "from " + file.getFileName() + " failed (" + DataErrors.translate(file, e).getMessage()
                        + "); nothing is lost: run the same archive again to finish the move", e);
            }
            hook.accept(Step.BATTLE_FILE_COMMITTED);
        }
    }

    private long deleteArchived(MaintenanceContext ctx, Jdbc c, Move m, Counts n, long deletedBefore,
                                long toDelete) {
        if (differing(c, m) > 0) {
            throw new MaintenanceException(m.table().table() + " rows changed since they were copied");
        }
        String src = Jdbc.qualified(m.schema(), m.table().table());
        String where = Sql.q(m.table().timeColumn()) + " < ?";
        long mine = 0;
        for (long[] range : idRanges(c, src, where)) {
            mine += c.update("DELETE FROM " + src + " WHERE " + where + " AND id >= ? AND id < ? AND id IN "
                    + "(SELECT id FROM " + Jdbc.qualified(ARCHIVE, m.table().table()) + ")", bound(), range[0],
                    range[1]);
            ctx.report(0.5 + 0.5 * (deletedBefore + mine) / Math.max(1, toDelete), "deleted " + (deletedBefore + mine)
                    + " of " + toDelete + " rows");
        }
        long remaining = c.count(m.schema(), m.table().table());
        if (mine != n.selected() || remaining != n.sourceBefore() - n.selected()) {
            throw new MaintenanceException("verification failed: deleted " + mine + " rows of " + m.table().table()
                    + " where " + n.selected() + " were archived");
        }
        return mine;
    }

    /** Half-open id ranges of CHUNK ids covering the selected rows, so that a cancel is seen between chunks. */
    private List<long[]> idRanges(Jdbc c, String src, String where) {
        List<List<Object>> r = c.rows("SELECT MIN(id), MAX(id) FROM " + src + " WHERE " + where, bound());
        List<long[]> ranges = new ArrayList<>();
        if (r.isEmpty() || r.get(0).get(0) == null) {
            return ranges;
        }
        long min = ((Number) r.get(0).get(0)).longValue();
        long max = ((Number) r.get(0).get(1)).longValue();
        for (long lo = min; lo <= max; lo += CHUNK) {
            ranges.add(new long[] {lo, Math.min(lo + CHUNK, max + 1)});
        }
        return ranges;
    }

    /** The contract's tables and indexes in the archive (CREATE IF NOT EXISTS: an existing archive keeps its own). */
    private static void createArchiveSchema(Jdbc c) {
        for (String script : List.of(SchemaScripts.METRICS, SchemaScripts.LEADERBOARD, SchemaScripts.DECISIONS)) {
            for (String sql : SchemaScripts.statements(script, false)) {
                c.execute(sql);
            }
        }
    }

    /** Every column of the source table must exist in the archive, or rows would lose data. */
    private void requireColumns(Jdbc c, Move m) {
        List<String> missing = new ArrayList<>(c.columns(m.schema(), m.table().table()));
        missing.removeAll(c.columns(ARCHIVE, m.table().table()));
        if (!missing.isEmpty()) {
            throw new MaintenanceException(target + ": its " + m.table().table() + " lacks column(s) "
                    + String.join(", ", missing) + " that " + m.file().getFileName() + " has; nothing was changed");
        }
        if (!c.columns(m.schema(), m.table().table()).contains("id")) {
            throw new MaintenanceException(m.file() + ": " + m.table().table() + " has no id column; cannot archive it");
        }
    }

    /** The tables to move that exist in the battle, each file with its schema alias; notes what is skipped. */
    private List<Move> moves(MaintenanceContext ctx, BattleFiles files, List<String> notes) {
        List<Move> moves = new ArrayList<>();
        Map<Path, String> schemas = new LinkedHashMap<>();
        for (ArchiveTable t : tables) {
            Path file = t.source(files);
            boolean present = ctx.read(file, c -> c.tables("main").contains(t.table()));
            if (!present) {
                notes.add("skipped " + t.table() + ": not in " + file.getFileName());
                continue;
            }
            String schema = schemas.computeIfAbsent(file, f -> "battle" + (schemas.size() + 1));
            moves.add(new Move(t, file, schema));
        }
        return moves;
    }

    /** A cut-off after the newest row would move every row: only with {@code all}. */
    private void refuseEverything(MaintenanceContext ctx, List<Move> moves) {
        if (all) {
            return;
        }
        String newest = null;
        for (Move m : moves) {
            List<List<Object>> r = ctx.read(m.file(), c -> c.rows("SELECT MAX(" + Sql.q(m.table().timeColumn())
                    + ") FROM " + Sql.q(m.table().table())));
            Object t = r.isEmpty() ? null : r.get(0).get(0);
            if (t != null && (newest == null || t.toString().compareTo(newest) > 0)) {
                newest = t.toString();
            }
        }
        if (newest != null && bound().compareTo(newest) > 0) {
            throw new MaintenanceException("the cut-off " + bound() + " is after the newest row (" + newest
                    + "): it would move every row and leave the battle empty; nothing was changed. Choose an earlier "
                    + "time, or ask for everything explicitly (--all)");
        }
    }

    private long archiveCount(MaintenanceContext ctx, String table) {
        if (Sql.size(target) == 0) {
            return 0;
        }
        return ctx.read(target, c -> c.tables("main").contains(table)
                ? c.count("main", table) : 0L);
    }

    private void refuseBattleFile(BattleFiles files) {
        for (Path f : files.present()) {
            if (f.toAbsolutePath().normalize().equals(target)) {
                throw new MaintenanceException(target + ": is one of the battle's own files; choose another archive");
            }
        }
    }

    private RuntimeException translate(Exception e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("UNIQUE constraint failed")) {
            return new MaintenanceException(target + ": the archive already holds some of these rows (same id or key);"
                    + " nothing was changed", e);
        }
        return DataErrors.translate(target, e);
    }

    private void recreateEmpty() {
        try {
            Files.createFile(target);
        } catch (IOException ignored) {
            // the file was empty: nothing is lost without it
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // an empty leftover file holds no data
            }
        }
    }
}
