package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import com.battlescope.data.SqliteFiles;
import com.battlescope.service.Battle;
import com.battlescope.service.view.Cells;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sizes, rows and indexes of every database file, and the plan and time of the app's main queries with a warning
 * where one scans a whole table or exceeds the seed's 100 ms budget. Reads only.
 */
public final class DatabaseStatistics implements MaintenanceTask {
    public static final List<String> GROWTH = List.of("when", "source", "size_bytes");
    private static final Pattern BACKUP_NAME =
            Pattern.compile("battle-backup-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})");
    private final Path backups;

    /** With growth read from the backups in the battle folder's {@code backups} folder (the GUI's default). */
    public DatabaseStatistics() {
        this(null);
    }

    /** @param backups the folder holding {@code battle-backup-*} folders, or null for {@code <battle>/backups} */
    public DatabaseStatistics(Path backups) {
        this.backups = backups;
    }
    public static final double BUDGET_MS = 100;
    public static final List<String> FILES = List.of("file", "size_bytes", "wal_bytes", "journal_mode", "page_size",
            "pages", "free_pages");
    public static final List<String> TABLES = List.of("file", "table", "rows", "indexes");
    public static final List<String> INDEXES = List.of("file", "table", "index", "columns", "unique");
    public static final List<String> QUERIES = List.of("query", "file", "verdict", "ms", "plan");

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.STATS;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        return new MaintenancePlan(action(), "Statistics of " + ctx.files().present().size() + " file(s)",
                List.of("reads only; changes nothing"), List.of(), List.of(), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        BattleFiles files = ctx.files();
        List<List<Object>> fileRows = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        List<List<Object>> indexRows = new ArrayList<>();
        long totalBytes = 0;
        long totalRows = 0;
        for (Path file : files.present()) {
            ctx.step(0.5 * fileRows.size() / files.present().size(), "reading " + file.getFileName());
            long wal = Sql.size(SqliteFiles.walFile(file));
            totalBytes += Sql.size(file) + wal;
            totalRows += ctx.read(file, c -> describe(c, file, wal, fileRows, tableRows, indexRows));
        }
        out.detail(new ResultTable("files", FILES, fileRows));
        out.detail(new ResultTable("tables", TABLES, tableRows));
        out.detail(new ResultTable("indexes", INDEXES, indexRows));
        QueryTotals q = measureQueries(ctx, out);
        List<List<Object>> growth = growth(backups != null ? backups : files.folder().resolve("backups"));
        if (!growth.isEmpty()) {
            growth.add(List.of("now", "the battle", totalBytes));
            out.message("growth: " + (growth.size() - 1) + " backup(s), " + Cells.bytes((Long) growth.get(0).get(2))
                    + " then, " + Cells.bytes(totalBytes) + " now");
        }
        out.detail(new ResultTable("growth", GROWTH, growth));
        out.message(String.format(Locale.ROOT, "%d file(s), %s; %d rows in %d tables; %d main queries: %d scan, "
                        + "slowest %.1f ms", files.present().size(), Cells.bytes(totalBytes), totalRows, tableRows.size(),
                q.queries(), q.scans(), q.slowest()));
    }

    /** How many main queries were timed, how many read a whole table, and the slowest time in ms. */
    record QueryTotals(int queries, int scans, double slowest) {
    }

    /**
     * Times the app's main queries on the battle (folder or server) as the app runs them, with their plans'
     * verdicts (index or scan); adds the "queries" detail and a warning per scan or query over budget.
     */
    static QueryTotals measureQueries(MaintenanceContext ctx, ResultBuilder out) {
        List<List<Object>> queryRows = new ArrayList<>();
        int scans = 0;
        double slowest = 0;
        Battle battle = ctx.battle();
        List<QueryProbe> probes = QueryProbe.main(battle);
        for (QueryProbe p : probes) {
            ctx.step(0.5 + 0.5 * queryRows.size() / probes.size(), "timing: " + p.name());
            Path file = battle.fileOf(p.mapper());
            QueryProbe.Measured m = p.measure(battle);
            boolean scan = m.scans();
            if (scan) {
                scans++;
                out.warning("query \"" + p.name() + "\" scans a whole table: " + String.join("; ", m.plan()));
            }
            if (m.millis() > BUDGET_MS) {
                out.warning(String.format(Locale.ROOT, "query \"%s\" took %.1f ms (budget %.0f ms)", p.name(),
                        m.millis(), BUDGET_MS));
            }
            slowest = Math.max(slowest, m.millis());
            queryRows.add(List.of(p.name(), file.getFileName().toString(), scan ? "scan" : "index",
                    Math.round(m.millis() * 100) / 100.0, String.join("; ", m.plan())));
        }
        out.detail(new ResultTable("queries", QUERIES, queryRows));
        return new QueryTotals(queryRows.size(), scans, slowest);
    }

    /** Total size of each backup folder, oldest first: how the battle grew. */
    private static List<List<Object>> growth(Path dir) {
        List<List<Object>> rows = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return rows;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path b : list.sorted().toList()) {
                Matcher m = BACKUP_NAME.matcher(b.getFileName().toString());
                if (m.matches() && Files.isDirectory(b)) {
                    long size = 0;
                    for (Path f : BattleFiles.presentFiles(b)) {
                        size += Sql.size(f);
                    }
                    rows.add(List.of(String.format("%s-%s-%s %s:%s:%s", m.group(1), m.group(2), m.group(3),
                            m.group(4), m.group(5), m.group(6)), b.getFileName().toString(), size));
                }
            }
        } catch (IOException e) {
            return rows;
        }
        return rows;
    }

    private static long describe(Jdbc c, Path file, long wal, List<List<Object>> fileRows,
                                 List<List<Object>> tableRows, List<List<Object>> indexRows) {
        String name = file.getFileName().toString();
        fileRows.add(List.of(name, Sql.size(file), wal, c.rows("PRAGMA journal_mode").get(0).get(0).toString(),
                c.longValue("PRAGMA page_size"), c.longValue("PRAGMA page_count"),
                c.longValue("PRAGMA freelist_count")));
        long rows = 0;
        for (String table : c.tables("main")) {
            long n = c.count("main", table);
            rows += n;
            List<List<Object>> indexes = c.rows("SELECT name, \"unique\" FROM pragma_index_list(?) ORDER BY name",
                    table);
            tableRows.add(List.of(name, table, n, (long) indexes.size()));
            for (List<Object> idx : indexes) {
                String index = (String) idx.get(0);
                List<String> cols = new ArrayList<>();
                for (List<Object> col : c.rows("SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 "
                        + "ORDER BY seqno", index)) {
                    cols.add(col.get(0) + (((Number) col.get(1)).intValue() == 1 ? " DESC" : ""));
                }
                indexRows.add(List.of(name, table, index, String.join(", ", cols),
                        ((Number) idx.get(1)).intValue() == 1 ? "yes" : "no"));
            }
        }
        return rows;
    }
}
