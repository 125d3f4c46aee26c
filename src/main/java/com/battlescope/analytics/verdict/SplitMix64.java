package com.battlescope.analytics.verdict;

/**
 * Steele, Lea &amp; Flood's SplitMix64, spelled out so that a seed gives the same numbers on every machine and
 * JDK: the state advances by the golden gamma 0x9E3779B97F4A7C15 and each output is the state through the
 * MurmurHash3-style finaliser; doubles take the top 53 bits.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
