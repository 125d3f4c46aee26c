package com.battlescope.service.bench;

import com.battlescope.analytics.Stats;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.function.Supplier;

/**
 * Timing of an operation: warm-up runs first (more of them for a quick operation), then the median of the measured runs, as wall-clock time and as
 * the CPU time of the whole process (every thread: the leaderboard reads run in parallel, and SQLite runs in the
 * reading threads; the garbage collector counts too). On a shared machine the wall-clock time includes waiting
 * for a core; the CPU time does not.
 */
final class Timing {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    static final int MAX_WARMUPS = 20;
    static final long WARM_NANOS = 2_000_000_000L;

    /** @param value the last run's result, so the work cannot be optimised away and can be checked */
    record Measured<T>(double medianMs, double medianCpuMs, T value) {
    }

    private Timing() {
    }

    /**
     * @param warmups at least this many unmeasured runs first; with one or more, further ones (up to
     *                {@link #MAX_WARMUPS}) until the warm-up took {@link #WARM_NANOS}: an operation of a few
     *                milliseconds is then timed compiled, as in an app that has run it before, not in the JIT's
     *                first passes (a 25 ms leaderboard measured 40–60 ms in its first ten runs)
     */
    static <T> Measured<T> median(int warmups, int runs, Supplier<T> work) {
        T value = null;
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmups
                || (warmups > 0 && i < MAX_WARMUPS && System.nanoTime() - warmStart < WARM_NANOS); i++) {
            value = work.get();
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            value = work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (cpuNanos() - cpuStart) / 1e6;
        }
        return new Measured<>(Stats.median(ms), Stats.median(cpu), value);
    }

    /** CPU time of this process, or 0 where the JVM cannot measure it (the CPU figures then read 0). */
    private static long cpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
