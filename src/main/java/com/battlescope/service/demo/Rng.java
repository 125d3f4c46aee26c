package com.battlescope.service.demo;

import java.util.SplittableRandom;

/** The generator's only source of chance: one seeded stream, so a seed always gives the same battle. */
final class Rng {
    private final SplittableRandom random;
    private double spareGaussian = Double.NaN;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** From inclusive, to exclusive. */
    long nextLong(long from, long to) {
        return random.nextLong(from, to);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Standard normal by the polar method (spelled out so that results do not depend on the JDK's choice). */
    double gaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        return u * f;
    }

    /** An independent stream for one part of the battle (e.g. a model's character). */
    Rng split() {
        return new Rng(random.nextLong());
    }
}
