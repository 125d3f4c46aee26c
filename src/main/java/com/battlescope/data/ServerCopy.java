package com.battlescope.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Copies a battle folder into a schema of a PostgreSQL database ({@code sql/postgresql/}) with {@code COPY}, and
 * verifies the row counts per table.
 *
 * <ul>
 *   <li>A first copy builds the battle in a staging schema ({@code SCHEMA__migrating}): tables, the month
 *       partitions present, the rows, then the indexes, counts and statistics; only then is it renamed to
 *       {@code SCHEMA} in one statement. A run killed anywhere leaves the server as it was (a leftover staging schema
 *       is dropped by the next run).</li>
 *   <li>An incremental copy ({@code --incremental}) adds, in ONE transaction, the rows whose id is above the
 *       server's highest id in each log table (hourly_snapshots, trade_log, decision_log, leaderboard_snapshots),
 *       creates the new months' partitions, and replaces the small tables the engine rewrites in place
 *       (current_standings, the summaries). Killed, the transaction is rolled back by the server.</li>
 * </ul>
 *
 * Rows are read from SQLite as they are stored: a money column holding text (not a number) fails the copy naming the
 * table, row and column, as a server table only holds numbers there.
 */
public final class ServerCopy {
    /** The tables of a battle, in copy order, with the folder database that holds each and whether it has ids. */
    private static final List<String> TABLES = List.of("hourly_snapshots", "daily_summaries", "weekly_summaries",
            "monthly_summaries", "trade_log", "leaderboard_snapshots", "current_standings", "decision_log");
    /** The log tables: appended to by the engine, copied by id. The others are rewritten in place, copied whole. */
    private static final Set<String> BY_ID = Set.of("hourly_snapshots", "trade_log", "leaderboard_snapshots",
            "decision_log");
    private static final Set<String> PARTITIONED = Set.of("hourly_snapshots", "decision_log");
    private static final String TABLES_SQL = "/sql/postgresql/tables.sql";
    static final String STAGING_SUFFIX = "__migrating";
    private static final int PROGRESS_EVERY = 100_000;
    /** Index builds run beside the copy: the server is single-threaded per statement. */
    private static final int INDEX_CONNECTIONS = 2;

    /** Where the copy reports how far it got (stderr on the command line). */
    public interface Progress {
        Progress NONE = (table, done, total) -> { };

        /**
         * {@code done} of {@code total} rows of {@code table} copied (also called once at 0 and at the end); table
         * {@value #INDEXES} once when the copy waits for the last indexes.
         */
        void rows(String table, long done, long total);

        /** The rows the whole run will copy (every table), told once before the first table's rows. */
        default void planned(long rows) {
        }

        String INDEXES = "indexes";
    }

    /** Per table: rows copied by this run, and the counts compared afterwards (folder = server). */
    public record TableResult(String table, long copied, long folderRows, long serverRows) {
    }

    public record Result(String schema, boolean incremental, List<TableResult> tables, double seconds) {
        public long copied() {
            return tables.stream().mapToLong(TableResult::copied).sum();
        }
    }

    private final BattleFolder folder;
    private final PgDatabase server;
    private final Progress progress;

    private ServerCopy(BattleFolder folder, PgDatabase server, Progress progress) {
        this.folder = folder;
        this.server = server;
        this.progress = progress;
    }

    /**
     * Copies {@code folder} into the schema of {@code to} (which must not hold a battle yet, unless
     * {@code incremental}). The password comes from the URL, PGPASSWORD or ~/.pgpass, else {@code prompt}.
     */
    public static Result copy(BattleFolder folder, ServerAddress to, boolean incremental,
                              BattleSource.PasswordPrompt prompt, Progress progress) {
        try (PgDatabase server = PgLogin.open(to.withoutSchema(), prompt)) {
            ServerCopy copy = new ServerCopy(folder, server, progress);
            long start = System.nanoTime();
            List<TableResult> tables = incremental ? copy.incremental(to.schema()) : copy.fresh(to.schema());
            return new Result(to.schema(), incremental, tables, (System.nanoTime() - start) / 1e9);
        }
    }

    private List<TableResult> fresh(String schema) {
        String staging = schema + STAGING_SUFFIX;
        ServerAddress.requireSchemaName(staging);
        try (Connection pg = server.writingConnection()) {
            if (schemaExists(pg, schema)) {
                throw new DataAccessException(server.file(), "schema " + schema + " already exists: use --incremental"
                        + " to add the folder's new rows to it, or another --schema");
            }
            execute(pg, "DROP SCHEMA IF EXISTS " + staging + " CASCADE");
            execute(pg, "CREATE SCHEMA " + staging);
            execute(pg, "SET search_path TO " + staging);
            for (String sql : SchemaScripts.statements(TABLES_SQL, true)) {
                execute(pg, sql);
            }
            Set<String> present = presentTables();
            for (String table : TABLES) {
                if (!present.contains(table)) {
                    execute(pg, "DROP TABLE " + table + " CASCADE");
                }
            }
            for (String table : PARTITIONED) {
                if (present.contains(table)) {
                    createPartitions(pg, table, months(table, 0));
                }
            }
            // no autovacuum while the tables fill: ANALYZE below waited a second (deadlock_timeout) for each
            // partition it found autovacuum on; the rows are copied frozen and visible, so it has nothing to do
            List<String> leaves = leafTables(pg, staging);
            for (String leaf : leaves) {
                execute(pg, "ALTER TABLE " + leaf + " SET (autovacuum_enabled = false)");
            }
            List<TableResult> results = new ArrayList<>();
            Map<String, Long> upTo = new LinkedHashMap<>();
            Map<String, Long> after = new LinkedHashMap<>();
            present.forEach(table -> after.put(table, 0L));
            Map<String, Long> rows = plan(after, upTo);
            ParallelIndexes indexes = new ParallelIndexes(server, pg, staging, INDEX_CONNECTIONS);
            try {
                for (String table : TABLES) {
                    if (present.contains(table)) {
                        boolean partitioned = PARTITIONED.contains(table);
                        if (partitioned) {
                            indexes.primaryKeyAfterCopy(table);
                            addIndexes(indexes, table);
                        }
                        long copied = copyRows(pg, table, 0, upTo.get(table), rows.get(table),
                                partitioned ? partition -> indexes.loaded(table, partition) : null);
                        results.add(new TableResult(table, copied, 0, 0));
                        if (!partitioned) {
                            addIndexes(indexes, table);
                        }
                        if (partitioned) {
                            indexes.beside("ANALYZE " + table);
                        } else {
                            indexes.then("ANALYZE " + table);
                        }
                    }
                }
                // the folder's counts meanwhile (the server's are counted once the statistics are in: through
                // the indexes alone, as the rows are all-visible)
                java.util.concurrent.CompletableFuture<Map<String, Long>> folderCounts =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> folderCounts(results, upTo));
                progress.rows(Progress.INDEXES, 0, 0);
                indexes.finish();
                List<TableResult> verified = verify(pg, results, joined(folderCounts));
                for (String leaf : leaves) {
                    execute(pg, "ALTER TABLE " + leaf + " RESET (autovacuum_enabled)");
                }
                execute(pg, "ALTER SCHEMA " + staging + " RENAME TO " + schema);
                return verified;
            } catch (SQLException | RuntimeException e) {
                indexes.abandon();
                dropStaging(staging, e);
                throw e;
            }
        } catch (SQLException e) {
            throw DataErrors.translate(server.file(), e);
        }
    }

    /** Queues the schema's indexes of one table. */
    private static void addIndexes(ParallelIndexes indexes, String table) throws SQLException {
        for (ServerIndexes.Index index : ServerIndexes.all()) {
            if (index.table().equals(table)) {
                indexes.add(index);
            }
        }
    }

    /** The tables of a schema that hold rows (partitions and plain tables, not partitioned parents). */
    private static List<String> leafTables(Connection pg, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = pg.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
                + "n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r' ORDER BY c.relname")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** After a failed first copy: the staging schema goes (best effort: else the next run drops it). */
    private void dropStaging(String staging, Exception failure) {
        try (Connection c = server.writingConnection()) {
            execute(c, "DROP SCHEMA IF EXISTS " + staging + " CASCADE");
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private List<TableResult> incremental(String schema) {
        try (Connection pg = server.writingConnection()) {
            if (!schemaExists(pg, schema)) {
                throw new DataAccessException(server.file(), "no schema " + schema + " to add rows to: run migrate "
                        + "without --incremental first" + ServerAddress.listed(server.battleSchemas()));
            }
            execute(pg, "SET search_path TO " + schema);
            pg.setAutoCommit(false);
            try {
                Set<String> onServer = tablesOf(pg, schema);
                Set<String> present = presentTables();
                List<String> missing = present.stream().filter(t -> !onServer.contains(t)).toList();
                if (!missing.isEmpty()) {
                    throw new DataAccessException(server.file(), "the folder now has " + String.join(", ", missing)
                            + ", which schema " + schema + " lacks: copy the folder again into a new schema");
                }
                List<TableResult> results = new ArrayList<>();
                Map<String, Long> upTo = new LinkedHashMap<>();
                Map<String, Long> after = new LinkedHashMap<>();
                for (String table : TABLES) {
                    if (present.contains(table)) {
                        after.put(table, BY_ID.contains(table)
                                ? longValue(pg, "SELECT COALESCE(MAX(id), 0) FROM " + table) : 0L);
                    }
                }
                Map<String, Long> rows = plan(after, upTo);
                for (String table : TABLES) {
                    if (!present.contains(table)) {
                        continue;
                    }
                    long copied;
                    if (BY_ID.contains(table)) {
                        if (PARTITIONED.contains(table)) {
                            createPartitions(pg, table, months(table, after.get(table)));
                        }
                        copied = copyRows(pg, table, after.get(table), upTo.get(table), rows.get(table), null);
                    } else {
                        execute(pg, "DELETE FROM " + table);
                        copied = copyRows(pg, table, 0, upTo.get(table), rows.get(table), null);
                    }
                    results.add(new TableResult(table, copied, 0, 0));
                }
                List<TableResult> verified = verify(pg, results, folderCounts(results, upTo));
                pg.commit();
                return verified;
            } catch (SQLException | RuntimeException e) {
                pg.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DataErrors.translate(server.file(), e);
        }
    }

    /** The contract tables the folder has (a missing optional table is not created on the server either). */
    private Set<String> presentTables() {
        Set<String> present = new LinkedHashSet<>();
        present.add("hourly_snapshots");
        if (folder.hasSummaries()) {
            present.addAll(List.of("daily_summaries", "weekly_summaries", "monthly_summaries"));
        }
        if (folder.hasTrades()) {
            present.add("trade_log");
        }
        if (folder.hasLeaderboardSnapshots()) {
            present.add("leaderboard_snapshots");
        }
        if (folder.hasStandings()) {
            present.add("current_standings");
        }
        if (folder.hasDecisions()) {
            present.add("decision_log");
        }
        return present;
    }

    private SqliteDatabase source(String table) {
        return switch (table) {
            case "decision_log" -> folder.decisions();
            case "leaderboard_snapshots", "current_standings" -> folder.leaderboard();
            default -> folder.metrics();
        };
    }

    /**
     * Months ("2025-03") of the table's times written as dates, among the rows with id above {@code afterId}: one
     * index seek per month on a first copy (the time index), one pass over the new rows otherwise.
     */
    private Set<YearMonth> months(String table, long afterId) {
        String dated = "timestamp GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]*'";
        Set<YearMonth> months = new TreeSet<>();
        if (afterId > 0) {
            for (List<Object> r : Jdbc.on(source(table), c -> c.rows("SELECT DISTINCT substr(timestamp, 1, 7) FROM "
                    + table + " WHERE " + dated + " AND id > ?", afterId))) {
                month((String) r.get(0), months);
            }
            return months;
        }
        Jdbc.on(source(table), c -> {
            String from = "0000";
            while (true) {
                List<List<Object>> first = c.rows("SELECT MIN(timestamp) FROM " + table + " WHERE timestamp >= ? AND "
                        + dated, from);
                if (first.isEmpty() || first.get(0).get(0) == null) {
                    return null;
                }
                String time = first.get(0).get(0).toString();
                YearMonth m = month(time.substring(0, 7), months);
                from = m != null ? m.plusMonths(1).toString() : time.substring(0, 7) + "\uffff";
            }
        });
        return months;
    }

    private static YearMonth month(String text, Set<YearMonth> into) {
        try {
            YearMonth m = YearMonth.parse(text);
            into.add(m);
            return m;
        } catch (DateTimeParseException notAMonth) {
            return null; // such rows go to the DEFAULT partition
        }
    }

    private static void createPartitions(Connection pg, String table, Set<YearMonth> months) throws SQLException {
        for (YearMonth m : months) {
            execute(pg, "CREATE TABLE IF NOT EXISTS " + table + "_" + m.getYear() + "_"
                    + String.format("%02d", m.getMonthValue()) + " PARTITION OF " + table + " FOR VALUES FROM ('"
                    + m + "') TO ('" + m.plusMonths(1) + "')");
        }
    }

    /**
     * Copies the rows with {@code afterId < id <= upToId} (every row for a table without ids); returns how many.
     * With {@code loaded} (a first copy of a partitioned table, into empty partitions), the rows go straight to their
     * month partition, each partition in a transaction of its own that empties it first so that its rows are
     * written frozen and all-visible ({@code COPY FREEZE}: no later pass sets their hint bits); {@code loaded} hears
     * of each partition once it has all its rows (its indexes can then be built while the copy goes on). Rows out of
     * time order (a partition already finished) go through the parent, as an incremental copy does.
     */
    private long copyRows(Connection pg, String table, long afterId, long upToId, long total,
                          java.util.function.Consumer<String> loaded) throws SQLException {
        SqliteDatabase src = source(table);
        List<String> serverColumns = columnsOf(pg, table);
        Set<String> sourceColumns = src.columns(table);
        List<String> select = new ArrayList<>();
        for (String c : serverColumns) {
            if (c.equals("jd")) {
                select.add("julianday(timestamp)");
            } else if (c.equals("reasoning_words")) {
                // the words of the reasoning column's value, read once (below)
                select.add(sourceColumns.contains("reasoning") && !serverColumns.contains("reasoning")
                        ? "reasoning" : sourceColumns.contains("reasoning") ? "NULL" : "''");
            } else if (sourceColumns.contains(c)) {
                select.add(SqliteDatabase.quote(c));
            } else {
                select.add(c.equals("executed") ? "0" : c.equals("reasoning") ? "''" : "NULL");
            }
        }
        boolean byId = sourceColumns.contains("id");
        String where = byId ? " WHERE id > ? AND id <= ?" : "";
        progress.rows(table, 0, total);
        Map<String, String> types = columnInfo(pg, table);
        String quotedColumns = String.join(", ", serverColumns.stream().map(c -> "\"" + c + "\"").toList());
        PartitionRanges ranges = loaded != null ? PartitionRanges.of(pg, table) : null;
        int timeColumn = serverColumns.indexOf("timestamp");
        int wordsColumn = serverColumns.indexOf("reasoning_words");
        int wordsOf = sourceColumns.contains("reasoning") ? serverColumns.indexOf("reasoning") : -1;
        CopyStream stream = new CopyStream(pg, " (" + quotedColumns + ") FROM STDIN (FORMAT binary");
        Set<String> finished = new LinkedHashSet<>();
        String current = null;
        long n = 0;
        try (Connection c = src.connection(); PreparedStatement ps = c.prepareStatement("SELECT "
                + String.join(", ", select) + " FROM " + table + where + (byId ? " ORDER BY id" : ""))) {
            if (byId) {
                ps.setLong(1, afterId);
                ps.setLong(2, upToId);
            }
            ps.setFetchSize(5000);
            char[] kind = new char[serverColumns.size()];
            for (int i = 0; i < kind.length; i++) {
                kind[i] = switch (types.get(serverColumns.get(i))) {
                    case "tsvector" -> 'w';
                    case "text" -> 't';
                    case "bigint" -> 'l';
                    case "integer" -> 'i';
                    default -> 'd';
                };
            }
            if (ranges != null) {
                pg.setAutoCommit(false);
            } else {
                stream.open(table, false);
            }
            Object[] row = new Object[kind.length];
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < kind.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    if (wordsColumn >= 0 && wordsOf >= 0) {
                        row[wordsColumn] = row[wordsOf];
                    }
                    if (ranges != null) {
                        byte[] time = row[timeColumn] == null ? null : textBytes(row[timeColumn]);
                        row[timeColumn] = time;
                        String partition = time == null ? null : ranges.partitionOf(time);
                        if (partition == null || !partition.equals(current)) {
                            if (current != null) {
                                stream.close();
                                pg.commit();
                                finished.add(current);
                                loaded.accept(current);
                            }
                            if (partition == null || finished.contains(partition)) {
                                pg.setAutoCommit(true);
                                ranges = null;
                                current = null;
                                stream.open(table, false);
                            } else {
                                execute(pg, "TRUNCATE " + partition);
                                stream.open(partition, true);
                                current = partition;
                            }
                        }
                    }
                    CopyBuffer out = stream.out;
                    out.startRow(kind.length);
                    for (int i = 0; i < kind.length; i++) {
                        Object v = row[i];
                        if (v == null) {
                            out.nul();
                        } else if (kind[i] == 'w') {
                            out.bytes(ReasoningWords.binaryVector(v.toString()));
                        } else if (kind[i] == 't') {
                            out.bytes(textBytes(v));
                        } else if (!(v instanceof Number num) || !out.number(num, kind[i])) {
                            throw new DataAccessException(src.file(), table + " row " + row[0] + ": "
                                    + serverColumns.get(i) + " is " + (v instanceof byte[] ? "a BLOB, not a number"
                                    : v instanceof Number ? v + ", not an integer" : "text '" + v
                                    + "', not a number") + ": a server battle holds " + (kind[i] == 'd' ? "numbers"
                                    : "integers") + " there; fix the row and copy again");
                        }
                    }
                    out.endRow();
                    if (++n % PROGRESS_EVERY == 0) {
                        progress.rows(table, n, total);
                    }
                }
            }
            if (stream.in != null) {
                stream.close();
            }
            if (current != null) {
                pg.commit();
                finished.add(current);
                loaded.accept(current);
            }
            if (loaded != null) {
                pg.setAutoCommit(true);
                for (String partition : PartitionRanges.of(pg, table).names()) {
                    if (!finished.contains(partition)) {
                        loaded.accept(partition);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            stream.cancel();
            if (loaded != null && !pg.getAutoCommit()) {
                pg.rollback();
                pg.setAutoCommit(true);
            }
            throw e;
        }
        progress.rows(table, n, total);
        return n;
    }

    /** A text value as the server gets it: UTF-8 (a BLOB's bytes as they are). */
    private static byte[] textBytes(Object v) {
        return v instanceof byte[] b ? b : v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One binary COPY at a time on a connection, into a table or (FREEZE) into a partition emptied beforehand. */
    private static final class CopyStream {
        private final Connection pg;
        private final String columnsAndFormat;
        private CopyIn in;
        private CopyBuffer out;

        CopyStream(Connection pg, String columnsAndFormat) {
            this.pg = pg;
            this.columnsAndFormat = columnsAndFormat;
        }

        void open(String table, boolean freeze) throws SQLException {
            in = pg.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + columnsAndFormat
                    + (freeze ? ", FREEZE)" : ")"));
            out = new CopyBuffer(in);
        }

        void close() throws SQLException {
            out.finish();
            in.endCopy();
            in = null;
        }

        void cancel() throws SQLException {
            if (in != null && in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /**
     * The partitions of a range-partitioned table and their bounds, to send each row to the one the server would
     * route it to: {@code from <= time < to} byte-wise (the partition key's "C" collation), else the DEFAULT one.
     */
    private static final class PartitionRanges {
        private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
                "FOR VALUES FROM \\('((?:[^']|'')*)'\\) TO \\('((?:[^']|'')*)'\\)");
        private final List<String> names = new ArrayList<>();
        private final List<String> ranged = new ArrayList<>();
        private final List<byte[]> from = new ArrayList<>();
        private final List<byte[]> to = new ArrayList<>();
        private String fallback;
        private int last;

        static PartitionRanges of(Connection pg, String table) throws SQLException {
            PartitionRanges r = new PartitionRanges();
            try (PreparedStatement ps = pg.prepareStatement("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) "
                    + "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = ?::regclass "
                    + "ORDER BY c.relname")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        String bound = rs.getString(2);
                        r.names.add(name);
                        java.util.regex.Matcher m = RANGE.matcher(bound);
                        if (m.matches()) {
                            r.ranged.add(name);
                            r.from.add(utf8(m.group(1).replace("''", "'")));
                            r.to.add(utf8(m.group(2).replace("''", "'")));
                        } else if (bound.equals("DEFAULT")) {
                            r.fallback = name;
                        } else {
                            throw new SQLException("partition " + name + " of " + table + ": " + bound
                                    + " is not a range of text");
                        }
                    }
                }
            }
            return r;
        }

        List<String> names() {
            return names;
        }

        /** The partition the server puts a row of this time in (null: none, the server would refuse the row). */
        String partitionOf(byte[] time) {
            if (last < ranged.size() && in(time, last)) {
                return ranged.get(last);
            }
            for (int i = 0; i < ranged.size(); i++) {
                if (in(time, i)) {
                    last = i;
                    return ranged.get(i);
                }
            }
            return fallback;
        }

        private boolean in(byte[] time, int i) {
            return java.util.Arrays.compareUnsigned(from.get(i), time) <= 0
                    && java.util.Arrays.compareUnsigned(time, to.get(i)) < 0;
        }

        private static byte[] utf8(String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * For each table of {@code after} (the id its copy starts after): its highest id now into {@code upTo}, and the
     * rows {@code after < id <= upTo} to copy (every row for a table without ids), whose sum the progress hears.
     */
    private Map<String, Long> plan(Map<String, Long> after, Map<String, Long> upTo) {
        Map<String, Long> rows = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            String table = e.getKey();
            long last = highestId(table);
            upTo.put(table, last);
            long n = Jdbc.on(source(table), c -> last == Long.MAX_VALUE
                    ? c.longValue("SELECT COUNT(*) FROM " + table)
                    : c.longValue("SELECT COUNT(*) FROM " + table + " WHERE id > ? AND id <= ?", e.getValue(), last));
            rows.put(table, n);
            sum += n;
        }
        progress.planned(sum);
        return rows;
    }

    /**
     * The folder table's highest id when the copy starts (rows the engine appends meanwhile wait for the next
     * incremental run); {@link Long#MAX_VALUE} for a table without ids.
     */
    private long highestId(String table) {
        SqliteDatabase src = source(table);
        if (!src.columns(table).contains("id")) {
            return Long.MAX_VALUE;
        }
        return Jdbc.on(src, c -> c.longValue("SELECT COALESCE(MAX(id), 0) FROM " + table));
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The folder's rows per copied table, up to the id the copy started from. */
    private Map<String, Long> folderCounts(List<TableResult> copied, Map<String, Long> upTo) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (TableResult r : copied) {
            long last = upTo.get(r.table());
            out.put(r.table(), Jdbc.on(source(r.table()), c -> last == Long.MAX_VALUE
                    ? c.longValue("SELECT COUNT(*) FROM " + r.table())
                    : c.longValue("SELECT COUNT(*) FROM " + r.table() + " WHERE id <= ?", last)));
        }
        return out;
    }

    /**
     * Counts on the server per table against the folder's ({@link #folderCounts}); throws naming the first table
     * whose counts differ.
     */
    private List<TableResult> verify(Connection pg, List<TableResult> copied, Map<String, Long> folderCounts)
            throws SQLException {
        List<TableResult> out = new ArrayList<>();
        for (TableResult r : copied) {
            long folderRows = folderCounts.get(r.table());
            long serverRows = longValue(pg, "SELECT COUNT(*) FROM " + r.table());
            if (folderRows != serverRows) {
                throw new DataAccessException(server.file(), r.table() + ": " + serverRows + " rows on the server "
                        + "after the copy but " + folderRows + " in the folder (did the engine write meanwhile? copy "
                        + "again with --incremental)");
            }
            out.add(new TableResult(r.table(), r.copied(), folderRows, serverRows));
        }
        return out;
    }

    private static boolean schemaExists(Connection pg, String schema) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Set<String> tablesOf(Connection pg, String schema) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = pg.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> columnsOf(Connection pg, String table) throws SQLException {
        return List.copyOf(columnInfo(pg, table).keySet());
    }

    /** Column name to data type of a table of the current schema, in order. */
    private static Map<String, String> columnInfo(Connection pg, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = pg.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static long longValue(Connection pg, String sql) throws SQLException {
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void execute(Connection pg, String sql) throws SQLException {
        try (Statement st = pg.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * COPY's binary format into the driver a megabyte at a time (the server stores the values without parsing
     * text: half its work of a text COPY): a header, per row the field count, per field its length (-1: NULL) and
     * bytes, a trailer.
     */
    private static final class CopyBuffer {
        private static final int FLUSH_AT = 1 << 20;
        private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
        private final CopyIn in;
        private java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(FLUSH_AT + 4096);

        CopyBuffer(CopyIn in) {
            this.in = in;
            buf.put(HEADER);
        }

        void startRow(int fields) {
            room(2);
            buf.putShort((short) fields);
        }

        void nul() {
            room(4);
            buf.putInt(-1);
        }

        void bytes(byte[] b) {
            room(4 + b.length);
            buf.putInt(b.length).put(b);
        }

        /**
         * A number in a column of kind 'l' (bigint), 'i' (integer) or 'd' (double precision); an integral REAL in an
         * integer column as that integer. False when an integer column gets a fraction or too large a value.
         */
        boolean number(Number n, char kind) {
            boolean real = n instanceof Double || n instanceof Float
                    || n instanceof java.math.BigDecimal;
            double d = n.doubleValue();
            if (kind == 'd') {
                room(12);
                buf.putInt(8).putDouble(d);
                return true;
            }
            long l;
            if (real) {
                if (d != Math.rint(d) || Math.abs(d) >= 9.0e18) {
                    return false;
                }
                l = (long) d;
            } else {
                l = n.longValue();
            }
            if (kind == 'i') {
                if (l != (int) l) {
                    return false;
                }
                room(8);
                buf.putInt(4).putInt((int) l);
            } else {
                room(12);
                buf.putInt(8).putLong(l);
            }
            return true;
        }

        void endRow() throws SQLException {
            if (buf.position() >= FLUSH_AT) {
                flush();
            }
        }

        /** The trailer, and everything to the server. */
        void finish() throws SQLException {
            room(2);
            buf.putShort((short) -1);
            flush();
        }

        private void flush() throws SQLException {
            if (buf.position() > 0) {
                in.writeToCopy(buf.array(), 0, buf.position());
                buf.clear();
            }
        }

        private void room(int bytes) {
            if (buf.remaining() < bytes) {
                java.nio.ByteBuffer bigger = java.nio.ByteBuffer.allocate(Math.max(buf.capacity() * 2,
                        buf.position() + bytes));
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
        }
    }
}
