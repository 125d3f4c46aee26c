package com.battlescope.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The app uses {@link FxJobs};
 * tests may use {@link InlineJobs} to run deterministically on the calling thread.
 */
public interface Jobs {
    /** Starts {@code work} in the background; {@code done} or {@code failed} run on the FX thread. */
    <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** A started job that can be cancelled (the callbacks are then skipped). */
    interface Job {
        void cancel();
    }
}
