package com.battlescope.service.demo;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.DecisionBulkInsert;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.model.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Inserts decisions on a thread of its own (decisions.db is a file of its own), so that the simulation and
 * SQLite each get a core: batches of {@value #BATCH} rows through a small queue, a commit per
 * {@value BulkWriter#CHUNK} rows.
 */
final class DecisionWriter implements AutoCloseable {
    private static final int BATCH = 2_000;
    private static final List<Decision> END = List.of();

    private final SqliteDatabase db;
    private final BlockingQueue<List<Decision>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private List<Decision> pending = new ArrayList<>(BATCH);
    private long written;
    private boolean finished;

    DecisionWriter(SqliteDatabase db) {
        this.db = db;
        this.thread = new Thread(this::run, "demo-decision-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void add(Decision d) {
        pending.add(d);
        if (pending.size() == BATCH) {
            hand(pending);
            pending = new ArrayList<>(BATCH);
        }
    }

    /** Writes the rest, waits for the thread and returns the rows written. */
    long finish() {
        hand(pending);
        pending = new ArrayList<>();
        hand(END);
        join();
        finished = true;
        rethrow();
        return written;
    }

    private void hand(List<Decision> batch) {
        rethrow();
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException(db.file(), "interrupted while writing decisions", e);
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof DataAccessException d) {
            throw d;
        }
        if (t != null) {
            throw new DataAccessException(db.file(), "writing decisions failed: " + t.getMessage(), t);
        }
    }

    private void run() {
        try (DecisionBulkInsert rows = DecisionBulkInsert.open(db)) {
            long uncommitted = 0;
            for (List<Decision> batch = queue.take(); batch != END && !aborted; batch = queue.take()) {
                rows.insert(batch);
                uncommitted += batch.size();
                if (uncommitted >= BulkWriter.CHUNK) {
                    rows.commit();
                    written += uncommitted;
                    uncommitted = 0;
                }
            }
            if (aborted) {
                rows.rollback();
            } else {
                rows.commit();
                written += uncommitted;
            }
        } catch (Throwable t) {
            failure = t;
            drain();
        }
    }

    /** After a failure, keep taking so that the producer never blocks; it sees the failure on its next hand-over. */
    private void drain() {
        try {
            while (queue.take() != END) {
                // discard
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException(db.file(), "interrupted while writing decisions", e);
        }
    }

    /** Stops an unfinished writer (its rows are rolled back) and releases the connection. */
    @Override
    public void close() {
        if (!finished && thread.isAlive()) {
            aborted = true;
            queue.clear();
            queue.offer(END);
            join();
        }
    }
}
