package com.battlescope.analytics.verdict;

import java.util.List;

/**
 * A whole verdict: the options used, one line per model (by id), one per pair (by ids), the best set and the
 * headline.
 *
 * @param blockLength the mean block length used
 * @param panel       true when the bootstrap resampled the panel of hours common to every model, false when
 *                    each model's own snapshot returns were resampled with the same blocks
 */
public record VerdictResult(double alpha, double level, int bootstrap, long seed, int blockLength, boolean panel,
                            List<ModelVerdict> models, List<PairVerdict> pairs, List<String> bestSet,
                            String headline) {

    public ModelVerdict model(String id) {
        return models.stream().filter(m -> m.modelId().equals(id)).findFirst().orElse(null);
    }

    public PairVerdict pair(String a, String b) {
        return pairs.stream().filter(p -> (p.modelA().equals(a) && p.modelB().equals(b))
                || (p.modelA().equals(b) && p.modelB().equals(a))).findFirst().orElse(null);
    }
}
