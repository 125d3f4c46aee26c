package com.battlescope.analytics.verdict;

/**
 * Two models compared on their paired hourly returns (verdict.md, "Per pair"): modelA &lt; modelB by id.
 *
 * @param winner the model with the higher Sharpe when the Holm-adjusted p-value is below alpha, else null
 */
public record PairVerdict(String modelA, String modelB, int n, Double sharpeDiff, Double z, Double pValue,
                          Double pHolm, Double correlation, String winner) {

    public boolean involves(String model) {
        return modelA.equals(model) || modelB.equals(model);
    }

    public String other(String model) {
        return modelA.equals(model) ? modelB : modelA;
    }
}
