package com.battlescope.data;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The threads that read parts of a battle beside the job that asked (never the common ForkJoinPool, which a
 * cancelled job cannot reach): when the waiting job is interrupted (its user cancelled or replaced it), the reads
 * it waits for are interrupted too, and a read that checks {@link #checkCancelled()} stops.
 */
public final class ReadThreads {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "battlescope-read");
        t.setDaemon(true);
        return t;
    });

    private ReadThreads() {
    }

    /** Starts {@code read} on a reader thread. */
    public static <T> Future<T> start(Supplier<T> read) {
        return POOL.submit(read::get);
    }

    /**
     * The result of {@code read}; its runtime exception is rethrown as is. When the calling thread is interrupted
     * while waiting, {@code others} and {@code read} are cancelled (interrupting their threads) and a
     * {@link CancellationException} is thrown.
     */
    public static <T> T join(Future<T> read, List<? extends Future<?>> others) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            cancel(others);
            read.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled while reading");
        } catch (ExecutionException e) {
            cancel(others);
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    public static void cancel(List<? extends Future<?>> reads) {
        reads.forEach(f -> f.cancel(true));
    }

    /** Throws {@link CancellationException} when this thread's read was cancelled (call it every few rows). */
    public static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled while reading");
        }
    }
}
