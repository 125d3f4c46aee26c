package com.battlescope.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs jobs on the calling thread: deterministic view-model tests without sleeps. */
public final class InlineJobs implements Jobs {
    @Override
    public <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return () -> { };
        }
        done.accept(result);
        return () -> { };
    }
}
