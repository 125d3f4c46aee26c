package com.battlescope.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/** Background jobs on a small daemon pool, with a count of running jobs for the status bar. */
public final class FxJobs implements Jobs {
    private final ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "battlescope-job");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");

    @Override
    public <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        return start(title, true, work, done, failed);
    }

    @Override
    public <T> Job runQuietly(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        return start(title, false, work, done, failed);
    }

    private <T> Job start(String title, boolean counted, Callable<T> work, Consumer<T> done,
                          Consumer<Exception> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finished(counted);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(counted);
            Throwable ex = task.getException();
            failed.accept(ex instanceof Exception x ? x : new RuntimeException(ex));
        });
        task.setOnCancelled(e -> finished(counted));
        if (counted) {
            FxThread.run(() -> {
                running.set(running.get() + 1);
                current.set(title);
            });
        }
        pool.submit(task);
        return () -> task.cancel(true);
    }

    private void finished(boolean counted) {
        if (!counted) {
            return;
        }
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            current.set("");
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
