package com.battlescope.analytics.verdict;

import java.util.List;

/**
 * One model's line of the verdict (verdict.md, "Per model"); null where a figure is undefined.
 *
 * @param engineRank        the model's rank in the contract's leaderboard order (1 = leader)
 * @param totalReturnCi     bootstrap interval of the total return %, or null
 * @param sharpeCi          bootstrap interval of the per-period Sharpe, or null
 * @param rankProbabilities share of replicates in which the model ranks 1, 2, … N by total return
 */
public record ModelVerdict(String modelId, int engineRank, int nReturns, Double sharpePeriod, Double skewness,
                           Double kurtosis, Double psrZero, Double minTrackRecord, Double minTrackRecordDays,
                           Double dsr, double totalReturnPct, Interval totalReturnCi, Interval sharpeCi,
                           List<Double> rankProbabilities, int beats, int ties, int loses) {

    /** A bootstrap percentile interval. */
    public record Interval(double low, double high) {
    }
}
