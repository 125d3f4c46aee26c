package com.battlescope.service.bench;

import com.battlescope.analytics.Stats;
import java.util.function.Supplier;

/** Wall-clock timing of an operation: warm-up runs first, then the median of the measured runs. */
final class Timing {
    /** @param value the last run's result, so the work cannot be optimised away and can be checked */
    record Measured<T>(double medianMs, T value) {
    }

    private Timing() {
    }

    static <T> Measured<T> median(int warmups, int runs, Supplier<T> work) {
        T value = null;
        for (int i = 0; i < warmups; i++) {
            value = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            value = work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Measured<>(Stats.median(ms), value);
    }
}
