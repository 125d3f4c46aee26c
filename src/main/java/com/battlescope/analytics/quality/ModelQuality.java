package com.battlescope.analytics.quality;

import java.util.List;

/**
 * The spec's figures of one model (quality.md "Per model"); returns in %, null where undefined.
 *
 * @param splitsN     split moments in which the model took a side
 * @param splitsRight those where its signed forward return was positive
 * @param holdsN      hold decisions with a forward return; {@code holdsMeanAbsMove} their mean |forward| in %
 * @param unexecutedN directional decisions not executed; {@code unexecutedMeanSignedReturn} what they would have
 *                    earned, in %
 */
public record ModelQuality(String modelId, int directional, int withForward, Double hitRate,
                           Double meanSignedReturn, Double brier, Double ece, List<CalibrationBin> calibration,
                           Double confidenceSpearman, PlanAdherence plan, int splitsN, int splitsRight, int holdsN,
                           Double holdsMeanAbsMove, int unexecutedN, Double unexecutedMeanSignedReturn,
                           Double timeInMarketPct) {
    public ModelQuality {
        calibration = List.copyOf(calibration);
    }

    /** Share of the split moments it took a side in that it got right; null without any. */
    public Double splitsRightShare() {
        return splitsN == 0 ? null : (double) splitsRight / splitsN;
    }
}
