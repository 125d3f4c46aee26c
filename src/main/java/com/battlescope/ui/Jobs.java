package com.battlescope.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The app uses {@link FxJobs};
 * tests may use {@link InlineJobs} to run deterministically on the calling thread.
 */
public interface Jobs {
    /** Starts {@code work} in the background; {@code done} or {@code failed} run on the FX thread. */
    <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** As {@link #run}, but not shown in the status bar: for work that repeats every few seconds (live polls). */
    default <T> Job runQuietly(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        return run(title, work, done, failed);
    }

    /**
     * Runs {@code action} on the FX thread after {@code delay} unless cancelled first: the timer of repeating work
     * (a new run is asked for when the previous one ended, so runs never overlap).
     */
    default Job later(Duration delay, Runnable action) {
        return FxThread.after(delay, action);
    }

    /** A started job that can be cancelled (the callbacks are then skipped). */
    interface Job {
        void cancel();
    }
}
