package com.battlescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Jobs a test finishes by hand, in any order: each started job waits in {@link #started()} until finished. */
public final class ManualJobs implements Jobs {
    /** One started job: finish it with its result or its failure (the callbacks then run on the calling thread). */
    public static final class Pending {
        private final String title;
        private final Callable<?> work;
        private final Consumer<Object> done;
        private final Consumer<Exception> failed;
        private boolean cancelled;

        @SuppressWarnings("unchecked")
        <T> Pending(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            this.title = title;
            this.work = work;
            this.done = (Consumer<Object>) done;
            this.failed = failed;
        }

        public String title() {
            return title;
        }

        public boolean cancelled() {
            return cancelled;
        }

        /** Runs the work now and calls back, as a job does when it ends (also after a cancel: the late result). */
        public void finish() {
            Object result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }

        public void fail(Exception e) {
            failed.accept(e);
        }
    }

    private final List<Pending> started = new ArrayList<>();

    @Override
    public <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Pending p = new Pending(title, work, done, failed);
        started.add(p);
        return () -> p.cancelled = true;
    }

    public List<Pending> started() {
        return started;
    }

    /** Finishes the {@code i}-th job started (from 0). */
    public void finish(int i) {
        started.get(i).finish();
    }

    public Pending last() {
        return started.get(started.size() - 1);
    }
}
