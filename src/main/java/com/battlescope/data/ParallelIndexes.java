package com.battlescope.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Builds a schema's indexes on two connections at once while the copy goes on: a table's indexes are queued as
 * soon as its rows are in. A partitioned table's index is created on the parent alone ({@code ON ONLY}) before its
 * rows come, built per month partition as soon as that partition is loaded ({@link #loaded}), then attached
 * ({@code ATTACH PARTITION}), which makes it valid. Its primary key ({@link #primaryKeyAfterCopy}) is built alike,
 * as a unique index per partition made its key ({@code USING INDEX}), then declared on the parent, which adopts
 * them: built once from sorted rows instead of kept up row by row during the copy. The statistics of a loaded
 * partitioned table are gathered on a third connection ({@link #beside}), following the builders.
 */
final class ParallelIndexes {
    private static final String DONE = "";
    private final Connection main;
    private final String schema;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    /** Statements run in order on a connection of their own, beside the builders ({@link #beside}). */
    private final BlockingQueue<String> besideQueue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    /** Runs {@link #besideQueue}. */
    private final Thread statistics;
    private final List<String> attach = new ArrayList<>();
    /** Statements after the attaching: the partitioned tables' primary keys. */
    private final List<String> last = new ArrayList<>();
    /** Per partitioned table, its indexes to build on each partition as it is loaded. */
    private final java.util.Map<String, List<PartitionIndex>> perPartition = new java.util.HashMap<>();

    /**
     * An index of a partitioned table, built on each partition: named {@code child} there (the parent's name after
     * the partition's, or the partition's primary key's own name), {@code columns} the rest of CREATE INDEX.
     */
    private record PartitionIndex(String unique, String name, String columns, java.util.Map<String, String> keyNames) {
        String child(String partition) {
            if (keyNames != null) {
                return keyNames.getOrDefault(partition, partition + "_pkey");
            }
            return (partition + "_" + name.replace("idx_", "")).replaceAll("^(.{63}).*", "$1");
        }
    }
    private final List<Throwable> failures = new ArrayList<>();

    /** {@code main}: the copy's own connection (search_path set to {@code schema}) for the parents and attaching. */
    ParallelIndexes(PgDatabase server, Connection main, String schema, int connections) {
        this.main = main;
        this.schema = schema;
        for (int i = 0; i < connections; i++) {
            workers.add(start(server, queue, "index-builder-" + i));
        }
        statistics = start(server, besideQueue, "statistics");
    }

    private Thread start(PgDatabase server, BlockingQueue<String> from, String name) {
        Connection c = server.writingConnection();
        Thread t = new Thread(() -> work(c, from), name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Queues one index of the schema; on a partitioned table, creates the parent's index only: each partition's is
     * queued by {@link #loaded}.
     */
    void add(ServerIndexes.Index index) throws SQLException {
        if (partitions(index.table()).isEmpty()) {
            queue.add(index.sql());
            return;
        }
        execute(main, "CREATE " + index.unique() + "INDEX " + index.name() + " ON ONLY " + index.table() + " "
                + index.rest());
        perPartition.computeIfAbsent(index.table(), t -> new ArrayList<>())
                .add(new PartitionIndex(index.unique(), index.name(), index.rest(), null));
    }

    /**
     * Takes the primary key off an (empty) partitioned table until its partitions are loaded: each gets it back as
     * a unique index built by {@link #loaded} under the key's name, made its primary key in {@link #finish}, where
     * the parent's key is declared again and adopts them.
     */
    void primaryKeyAfterCopy(String table) throws SQLException {
        String key = null;
        String definition = null;
        try (PreparedStatement ps = main.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = ?::regclass AND contype = 'p'")) {
            ps.setString(1, schema + "." + table);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    key = rs.getString(1);
                    definition = rs.getString(2);
                }
            }
        }
        if (key == null) {
            return;
        }
        java.util.Map<String, String> keyNames = new java.util.HashMap<>();
        try (PreparedStatement ps = main.prepareStatement("SELECT c.conrelid::regclass::text, c.conname FROM "
                + "pg_constraint c JOIN pg_constraint p ON p.oid = c.conparentid WHERE p.conrelid = ?::regclass "
                + "AND p.conname = ?")) {
            ps.setString(1, schema + "." + table);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String partition = rs.getString(1);
                    keyNames.put(partition.substring(partition.lastIndexOf('.') + 1), rs.getString(2));
                }
            }
        }
        String columns = definition.substring(definition.indexOf('('));
        execute(main, "ALTER TABLE " + table + " DROP CONSTRAINT " + key);
        perPartition.computeIfAbsent(table, t -> new ArrayList<>())
                .add(new PartitionIndex("UNIQUE ", key, columns, keyNames));
        last.add("ALTER TABLE " + table + " ADD CONSTRAINT " + key + " " + definition);
    }

    /**
     * A partition of a partitioned table has all its rows: its indexes are queued, the longest (GIN) first, so that
     * the two builders end together.
     */
    void loaded(String table, String partition) {
        List<PartitionIndex> longestFirst = new ArrayList<>(perPartition.getOrDefault(table, List.of()));
        longestFirst.sort(java.util.Comparator.comparing(index -> !index.columns().startsWith("USING gin")));
        for (PartitionIndex index : longestFirst) {
            String child = index.child(partition);
            queue.add("CREATE " + index.unique() + "INDEX " + child + " ON " + partition + " " + index.columns());
            attach.add(index.keyNames() != null ? "ALTER TABLE " + partition + " ADD CONSTRAINT " + child
                    + " PRIMARY KEY USING INDEX " + child : "ALTER INDEX " + index.name() + " ATTACH PARTITION "
                    + child);
        }
    }

    /**
     * Queues a statement to run on a builder after what is queued so far (ANALYZE of a loaded table: it waits for
     * a partition whose index is still being built, and overlaps the builds of others).
     */
    void then(String sql) {
        queue.add(sql);
    }

    /**
     * Runs a statement at once on a connection of its own, in order with the others given here: ANALYZE of a
     * loaded partitioned table. It samples the whole table first (its locks let the builders go on), then takes
     * each partition in turn as the builders finish with it, so it ends soon after the last index instead of
     * running on one core after them all (5 to 6 s for 4.2 million decisions).
     */
    void beside(String sql) {
        besideQueue.add(sql);
    }

    /** Waits for every index, then attaches the partitions' ones; throws the first failure. */
    void finish() throws SQLException {
        for (int i = 0; i < workers.size(); i++) {
            queue.add(DONE);
        }
        besideQueue.add(DONE);
        for (Thread t : allWorkers()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the indexes were built", e);
            }
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                Throwable f = failures.get(0);
                throw f instanceof SQLException s ? s : new SQLException(f.getMessage(), f);
            }
        }
        for (String sql : attach) {
            execute(main, sql);
        }
        for (String sql : last) {
            execute(main, sql);
        }
    }

    /** After a failure elsewhere: the workers skip what is queued and close their connections. */
    void abandon() {
        synchronized (failures) {
            failures.add(new SQLException("abandoned"));
        }
        for (int i = 0; i < workers.size(); i++) {
            queue.add(DONE);
        }
        besideQueue.add(DONE);
    }

    private List<Thread> allWorkers() {
        List<Thread> all = new ArrayList<>(workers);
        all.add(statistics);
        return all;
    }

    private void work(Connection c, BlockingQueue<String> from) {
        try (c) {
            execute(c, "SET search_path TO " + schema);
            execute(c, "SET maintenance_work_mem = '256MB'");
            execute(c, "SET max_parallel_maintenance_workers = 0"); // two builders already fill two cores
            for (String sql = from.take(); !sql.equals(DONE); sql = from.take()) {
                synchronized (failures) {
                    if (!failures.isEmpty()) {
                        continue;
                    }
                }
                execute(c, sql);
            }
        } catch (SQLException | RuntimeException e) {
            synchronized (failures) {
                failures.add(e);
            }
            drain(from);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a failure: consume the queue up to this worker's end marker. */
    private void drain(BlockingQueue<String> from) {
        try {
            for (String sql = from.take(); !sql.equals(DONE); sql = from.take()) {
                // skipped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The partitions of a table of the schema, by name (none: not partitioned). */
    List<String> partitions(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = main.prepareStatement("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON "
                + "c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = "
                + "p.relnamespace WHERE n.nspname = ? AND p.relname = ? ORDER BY c.relname")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
