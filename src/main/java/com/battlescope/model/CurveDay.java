package com.battlescope.model;

import java.time.LocalDate;

/**
 * One model's snapshots of one calendar day (date as written), summed up so that whole-curve figures can be
 * combined day by day without the snapshots: what BattleScope's index stores per model and day, and what the
 * figures are computed from when there is no index (the same summary made from the snapshots), so both agree
 * to the bit.
 *
 * @param count     snapshots of the day
 * @param first     the day's first snapshot (curve order: time, then id)
 * @param last      its last snapshot
 * @param min       the lowest equity; {@code minTime} the time of its first occurrence
 * @param max       the highest equity; {@code maxTime} the time of its first occurrence
 * @param returns   the moments of the returns between consecutive snapshots inside the day
 * @param peaks     what the drawdown figures need for any running peak carried into the day
 */
public record CurveDay(String modelId, LocalDate date, int count, HourlySnapshot first, HourlySnapshot last,
                       double min, Stamp minTime, double max, Stamp maxTime, Returns returns, Peaks peaks) {

    /**
     * Count, mean, sum of squared deviations (Welford) and sum of squared negative returns of the day's returns.
     */
    public record Returns(long count, double mean, double m2, double downsideSquares) {
    }

    /**
     * The day's records: the snapshots at or above every earlier one of the day (the first snapshot is one), in
     * order. For record {@code j} at position {@code position[j]}: {@code prefixMin[j]} the lowest equity before
     * it (+∞ for the first); from it to the day's end, with the running peak starting there, the largest
     * drawdown percent {@code suffixMaxPct[j]}, the largest fall in dollars {@code suffixMaxDollars[j]} and the
     * percent at its first occurrence {@code suffixPctAtDollars[j]}, and how many later snapshots lie below that
     * running peak ({@code suffixUnder[j]}). A peak carried into the day is first met at the first record at or
     * above it; every snapshot before lies under it.
     */
    public record Peaks(double[] value, int[] position, double[] prefixMin, double[] suffixMaxPct,
                        double[] suffixMaxDollars, double[] suffixPctAtDollars, int[] suffixUnder) {
        public int size() {
            return value.length;
        }
    }
}
