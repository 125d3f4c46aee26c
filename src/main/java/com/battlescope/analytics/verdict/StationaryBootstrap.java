package com.battlescope.analytics.verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Politis &amp; Romano's (1994) stationary bootstrap of return series with one seeded generator: a
 * {@link SplitMix64} seeded with {@code seed} draws one seed per replicate, in replicate order, and each
 * replicate's own SplitMix64 draws its blocks: the first index uniform, then at each step a new uniform start with
 * probability 1/blockLength, else the next index (wrapping). A uniform u picks index ⌊u·n⌋, so series of
 * different lengths share the same blocks. Replicates run on a few threads of their own; the draws do not depend
 * on which thread runs a replicate.
 */
public final class StationaryBootstrap {

    /**
     * Per model and replicate: the total return % (the model's total return with the growth over its series
     * replaced by the replicate's) and the per-period Sharpe ratio (NaN when undefined).
     */
    public record Replicates(double[][] totalReturnPct, double[][] sharpe) {
    }

    /** Progress and cancellation of a run; {@code done} receives the number of replicates finished. */
    public record Control(IntConsumer done, BooleanSupplier cancelled) {
        public static final Control NONE = new Control(d -> { }, () -> false);
    }

    private final double[][] series;
    private final double[] totalReturnPct;
    private final double blockLength;
    private final List<Group> groups = new ArrayList<>();
    private final int longest;

    /**
     * @param series         per model, the returns to resample
     * @param totalReturnPct per model, the observed total return %
     * @param blockLength    mean block length (≥ 1)
     */
    public StationaryBootstrap(double[][] series, double[] totalReturnPct, double blockLength) {
        if (!(blockLength >= 1)) {
            throw new IllegalArgumentException("block length must be >= 1");
        }
        this.series = series;
        this.totalReturnPct = totalReturnPct;
        this.blockLength = blockLength;
        Map<Integer, List<Integer>> byLength = new LinkedHashMap<>();
        int max = 0;
        for (int m = 0; m < series.length; m++) {
            byLength.computeIfAbsent(series[m].length, k -> new ArrayList<>()).add(m);
            max = Math.max(max, series[m].length);
        }
        this.longest = max;
        byLength.forEach((n, models) -> groups.add(new Group(n, models.stream().mapToInt(Integer::intValue).toArray())));
    }

    /** ⌈T^(1/3)⌉, the default mean block length (at least 1). */
    public static int defaultBlockLength(int t) {
        int b = (int) Math.ceil(Math.cbrt(t));
        while ((long) (b - 1) * (b - 1) * (b - 1) >= t && b > 1) {
            b--;
        }
        while ((long) b * b * b < t) {
            b++;
        }
        return Math.max(1, b);
    }

    public Replicates run(int replicates, long seed, int threads, Control control) {
        SplitMix64 master = new SplitMix64(seed);
        long[] seeds = new long[replicates];
        for (int r = 0; r < replicates; r++) {
            seeds[r] = master.nextLong();
        }
        double[][] totals = new double[series.length][replicates];
        double[][] sharpes = new double[series.length][replicates];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        Runnable worker = () -> {
            double[] starts = new double[longest];
            for (int r = next.getAndIncrement(); r < replicates; r = next.getAndIncrement()) {
                if (control.cancelled().getAsBoolean()) {
                    throw new CancellationException("bootstrap cancelled");
                }
                draw(new SplitMix64(seeds[r]), starts);
                for (Group g : groups) {
                    g.replicate(starts, r, totals, sharpes);
                }
                control.done().accept(finished.incrementAndGet());
            }
        };
        int n = Math.max(1, Math.min(threads, replicates));
        if (n == 1) {
            worker.run();
        } else {
            runParallel(worker, n);
        }
        return new Replicates(totals, sharpes);
    }

    private static void runParallel(Runnable worker, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verdict-bootstrap");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("bootstrap interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One replicate's blocks: starts[k] is the uniform of a new block at step k, NaN where the block goes on. */
    private void draw(SplitMix64 rng, double[] starts) {
        if (starts.length == 0) {
            return;
        }
        double p = 1 / blockLength;
        starts[0] = rng.nextDouble();
        for (int k = 1; k < starts.length; k++) {
            starts[k] = rng.nextDouble() < p ? rng.nextDouble() : Double.NaN;
        }
    }

    /** Receives one block of a replicate: {@code length} consecutive indices from {@code start}, wrapping. */
    @FunctionalInterface
    interface BlockSink {
        void block(int start, int length);
    }

    /**
     * The drawn blocks cut to a series of length n: a block opens at every step k &lt; n with a uniform u
     * (starting at index ⌊u·n⌋) and runs until the next block or step n.
     */
    static void forEachBlock(double[] starts, int n, BlockSink sink) {
        int open = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || !Double.isNaN(starts[k])) {
                sink.block(Math.min(n - 1, (int) (starts[open] * n)), k - open);
                open = k;
            }
        }
    }

    /**
     * Models whose series have the same length share the blocks. Sums over a block come from prefix sums of the
     * returns, their squares and their log growth (values side by side per index), so a replicate costs a few
     * operations per block rather than per return.
     */
    private final class Group {
        final int n;
        final int[] models;
        final double[] values;
        final double[] squares;
        final double[] logGrowth;
        final double[] observedLogGrowth;

        Group(int n, int[] models) {
            this.n = n;
            this.models = models;
            int k = models.length;
            values = new double[(n + 1) * k];
            squares = new double[(n + 1) * k];
            logGrowth = new double[(n + 1) * k];
            observedLogGrowth = new double[k];
            for (int i = 0; i < k; i++) {
                double[] r = series[models[i]];
                double[] logs = new double[n];
                for (int t = 0; t < n; t++) {
                    logs[t] = Math.log1p(r[t]);
                    values[(t + 1) * k + i] = values[t * k + i] + r[t];
                    squares[(t + 1) * k + i] = squares[t * k + i] + r[t] * r[t];
                    logGrowth[(t + 1) * k + i] = logGrowth[t * k + i] + logs[t];
                }
                observedLogGrowth[i] = Sums.sum(logs);
            }
        }

        void replicate(double[] starts, int r, double[][] totals, double[][] sharpes) {
            int k = models.length;
            double[] s1 = new double[k];
            double[] s2 = new double[k];
            double[] sl = new double[k];
            forEachBlock(starts, n, (start, length) -> {
                int from = start;
                int left = length;
                while (left > 0) {
                    int take = Math.min(left, n - from);
                    int a = from * k;
                    int b = (from + take) * k;
                    for (int i = 0; i < k; i++) {
                        s1[i] += values[b + i] - values[a + i];
                        s2[i] += squares[b + i] - squares[a + i];
                        sl[i] += logGrowth[b + i] - logGrowth[a + i];
                    }
                    left -= take;
                    from = 0;
                }
            });
            for (int i = 0; i < k; i++) {
                int m = models[i];
                double growth = Math.exp(sl[i] - observedLogGrowth[i]);
                totals[m][r] = ((1 + totalReturnPct[m] / 100) * growth - 1) * 100;
                double mean = s1[i] / n;
                double variance = (s2[i] - n * mean * mean) / (n - 1);
                sharpes[m][r] = n >= 3 && variance > 0 ? mean / Math.sqrt(variance) : Double.NaN;
            }
        }
    }

    /** Percentile of the finite values with linear interpolation between order statistics (numpy's default). */
    public static Double percentile(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return null;
        }
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
