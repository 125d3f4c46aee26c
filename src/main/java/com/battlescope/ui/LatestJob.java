package com.battlescope.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * "The latest load wins" for one kind of load (a view's table, a chart, a bootstrap): starting a load cancels the
 * one still running and a load that was replaced (or {@link #cancel() cancelled}) never calls back, even when its
 * result was already on its way to the FX thread. Used on the FX thread only.
 */
public final class LatestJob {
    private final Jobs jobs;
    private Jobs.Job running;
    private long generation;
    private boolean busy;

    public LatestJob(Jobs jobs) {
        this.jobs = jobs;
    }

    /** One started load: {@link #isLatest()} stays true until a newer one starts or it is cancelled. */
    public final class Ticket {
        private final long mine;

        private Ticket(long mine) {
            this.mine = mine;
        }

        public boolean isLatest() {
            return mine == generation;
        }
    }

    /**
     * Cancels the running load and starts {@code work}; {@code done} or {@code failed} run on the FX thread only
     * while this load is the latest.
     */
    public <T> Ticket run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Ticket ticket = next();
        busy = true;
        Jobs.Job job = jobs.run(title, work, result -> {
            if (ticket.isLatest()) {
                busy = false;
                running = null;
                done.accept(result);
            }
        }, e -> {
            if (ticket.isLatest()) {
                busy = false;
                running = null;
                failed.accept(e);
            }
        });
        if (ticket.isLatest() && busy) {
            running = job;
        }
        return ticket;
    }

    /** Cancels the running load (if any): its callbacks are skipped. */
    public void cancel() {
        next();
    }

    /** True from {@link #run} until the latest load called back or was cancelled. */
    public boolean isRunning() {
        return busy;
    }

    private Ticket next() {
        generation++;
        busy = false;
        if (running != null) {
            Jobs.Job old = running;
            running = null;
            old.cancel();
        }
        return new Ticket(generation);
    }
}
