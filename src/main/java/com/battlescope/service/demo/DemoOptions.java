package com.battlescope.service.demo;

import java.time.LocalDate;

/**
 * What a demo battle looks like. {@code decisionsPerHour} is per model, symbol and battle hour; a fraction
 * means "sometimes one more" (2.5 = two or three).
 */
public record DemoOptions(int models, int symbols, int days, DemoHours hours, long seed, double decisionsPerHour,
                          LocalDate start, double initialCapital) {
    public static final int MAX_MODELS = 200;
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 6);
    public static final DemoOptions DEFAULT =
            new DemoOptions(6, 5, 30, DemoHours.MARKET, 7, 3, DEFAULT_START, 100_000);

    public DemoOptions {
        require(models >= 1 && models <= MAX_MODELS, "--models must be 1.." + MAX_MODELS);
        require(symbols >= 1 && symbols <= DemoNames.SYMBOLS.size(), "--symbols must be 1.." + DemoNames.SYMBOLS.size());
        require(days >= 1 && days <= 3660, "--days must be 1..3660");
        require(decisionsPerHour >= 0 && decisionsPerHour <= 60, "--decisions-per-hour must be 0..60");
        require(initialCapital > 0, "initial capital must be positive");
        require(hours != null && start != null, "hours and start are required");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public DemoOptions withModels(int n) {
        return new DemoOptions(n, symbols, days, hours, seed, decisionsPerHour, start, initialCapital);
    }

    public DemoOptions withSymbols(int n) {
        return new DemoOptions(models, n, days, hours, seed, decisionsPerHour, start, initialCapital);
    }

    public DemoOptions withDays(int n) {
        return new DemoOptions(models, symbols, n, hours, seed, decisionsPerHour, start, initialCapital);
    }

    public DemoOptions withHours(DemoHours h) {
        return new DemoOptions(models, symbols, days, h, seed, decisionsPerHour, start, initialCapital);
    }

    public DemoOptions withSeed(long s) {
        return new DemoOptions(models, symbols, days, hours, s, decisionsPerHour, start, initialCapital);
    }

    public DemoOptions withDecisionsPerHour(double r) {
        return new DemoOptions(models, symbols, days, hours, seed, r, start, initialCapital);
    }

    public DemoOptions withStart(LocalDate d) {
        return new DemoOptions(models, symbols, days, hours, seed, decisionsPerHour, d, initialCapital);
    }

    /** The first day after the battle. */
    public LocalDate end() {
        return start.plusDays(days);
    }
}
