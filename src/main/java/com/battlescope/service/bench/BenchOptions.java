package com.battlescope.service.bench;

/**
 * @param runs        measured runs per operation (the median is reported), at least 1
 * @param warmups     unmeasured runs before them
 * @param viewCompare also time the engine's {@code decision_comparison} view once (can take minutes)
 * @param insertRows  snapshots and decisions each inserted per run of the write benchmark
 * @param index       build BattleScope's own index first and measure through it (false: the engine files alone)
 */
public record BenchOptions(int runs, int warmups, boolean viewCompare, int insertRows, boolean index) {
    public static final int DEFAULT_RUNS = 5;

    public BenchOptions {
        if (runs < 1 || warmups < 0 || insertRows < 1) {
            throw new IllegalArgumentException("runs and insert rows must be at least 1, warm-ups at least 0");
        }
    }

    public static BenchOptions defaults() {
        return new BenchOptions(DEFAULT_RUNS, 1, false, 5000, true);
    }

    public BenchOptions withRuns(int n) {
        return new BenchOptions(n, warmups, viewCompare, insertRows, index);
    }

    public BenchOptions withViewCompare(boolean on) {
        return new BenchOptions(runs, warmups, on, insertRows, index);
    }

    public BenchOptions withIndex(boolean on) {
        return new BenchOptions(runs, warmups, viewCompare, insertRows, on);
    }
}
