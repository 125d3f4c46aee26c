package com.battlescope.analytics.verdict;

/**
 * The choices of a verdict.
 *
 * @param alpha       significance level of the pairwise tests after Holm (0 &lt; alpha &lt; 1)
 * @param level       bootstrap interval level (0 &lt; level &lt; 1)
 * @param replicates  bootstrap replicates (≥ 1)
 * @param seed        the generator's seed
 * @param blockLength mean block length, or null for ⌈T^(1/3)⌉
 * @param threads     threads for the bootstrap (the numbers do not depend on it)
 */
public record VerdictOptions(double alpha, double level, int replicates, long seed, Integer blockLength, int threads) {
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_LEVEL = 0.95;
    public static final int DEFAULT_REPLICATES = 2000;
    public static final long DEFAULT_SEED = 1;

    public VerdictOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), not " + alpha);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1 (exclusive), not " + level);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("bootstrap replicates must be >= 1, not " + replicates);
        }
        if (blockLength != null && blockLength < 1) {
            throw new IllegalArgumentException("block length must be >= 1, not " + blockLength);
        }
        threads = Math.max(1, threads);
    }

    public static VerdictOptions defaults() {
        return new VerdictOptions(DEFAULT_ALPHA, DEFAULT_LEVEL, DEFAULT_REPLICATES, DEFAULT_SEED, null,
                Runtime.getRuntime().availableProcessors());
    }
}
