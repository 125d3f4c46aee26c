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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a schema's indexes on two connections at once while the copy goes on: a table's indexes are queued as
 * soon as its rows are in. A partitioned table's index is created on the parent alone ({@code ON ONLY}), built per
 * month partition in parallel, then attached ({@code ATTACH PARTITION}), which makes it valid.
 */
final class ParallelIndexes {
    private static final Pattern CREATE = Pattern.compile(
            "CREATE (UNIQUE )?INDEX (\\w+) ON (\\w+) (.*)", Pattern.DOTALL);
    private static final String DONE = "";
    private final Connection main;
    private final String schema;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final List<String> attach = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    /** {@code main}: the copy's own connection (search_path set to {@code schema}) for the parents and attaching. */
    ParallelIndexes(PgDatabase server, Connection main, String schema, int connections) {
        this.main = main;
        this.schema = schema;
        for (int i = 0; i < connections; i++) {
            Connection c = server.writingConnection();
            Thread t = new Thread(() -> work(c), "index-builder-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Queues one CREATE INDEX of the contract (on a partitioned table: one per partition). */
    void add(String createIndex) throws SQLException {
        Matcher m = CREATE.matcher(createIndex.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CREATE INDEX: " + createIndex);
        }
        String unique = m.group(1) == null ? "" : m.group(1);
        String name = m.group(2);
        String table = m.group(3);
        String rest = m.group(4);
        List<String> partitions = partitions(table);
        if (partitions.isEmpty()) {
            queue.add(createIndex);
            return;
        }
        execute(main, "CREATE " + unique + "INDEX " + name + " ON ONLY " + table + " " + rest);
        for (String p : partitions) {
            String child = (p + "_" + name.replace("idx_", "")).replaceAll("^(.{63}).*", "$1");
            queue.add("CREATE " + unique + "INDEX " + child + " ON " + p + " " + rest);
            attach.add("ALTER INDEX " + name + " ATTACH PARTITION " + child);
        }
    }

    /** Waits for every index, then attaches the partitions' ones; throws the first failure. */
    void finish() throws SQLException {
        for (int i = 0; i < workers.size(); i++) {
            queue.add(DONE);
        }
        for (Thread t : workers) {
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
    }

    /** After a failure elsewhere: the workers skip what is queued and close their connections. */
    void abandon() {
        synchronized (failures) {
            failures.add(new SQLException("abandoned"));
        }
        for (int i = 0; i < workers.size(); i++) {
            queue.add(DONE);
        }
    }

    private void work(Connection c) {
        try (c) {
            execute(c, "SET search_path TO " + schema);
            execute(c, "SET maintenance_work_mem = '256MB'");
            execute(c, "SET max_parallel_maintenance_workers = 0"); // two builders already fill two cores
            for (String sql = queue.take(); !sql.equals(DONE); sql = queue.take()) {
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
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a failure: consume the queue up to this worker's end marker. */
    private void drain() {
        try {
            for (String sql = queue.take(); !sql.equals(DONE); sql = queue.take()) {
                // skipped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> partitions(String table) throws SQLException {
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
