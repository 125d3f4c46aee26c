package com.battlescope.analytics.quality;

import java.util.List;

/**
 * Every figure of quality.md for one horizon and window.
 *
 * @param models         per model, sorted by model id
 * @param splitMoments   all split moments, oldest first by symbol
 * @param majorityRight  share of the split moments without a tie (and with a move) where the majority was right
 * @param minorityRight  the same for the minority
 */
public record QualityReport(int horizonHours, double windowMinutes, List<ModelQuality> models,
                            List<SplitMoment> splitMoments, Double majorityRight, Double minorityRight) {
    public QualityReport {
        models = List.copyOf(models);
        splitMoments = List.copyOf(splitMoments);
    }

    public int splitsN() {
        return splitMoments.size();
    }
}
