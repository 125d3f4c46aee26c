package com.battlescope.service.view;

import com.battlescope.analytics.Agreement;
import com.battlescope.analytics.ComparisonPair;
import com.battlescope.analytics.Moment;
import com.battlescope.model.Stamp;
import com.battlescope.service.TimeRange;
import java.util.List;

/**
 * One symbol's decisions side by side: the moments to step through (oldest first, each with every model's
 * nearest decision within the window), the comparison pairs and the agreement figures over them.
 *
 * @param range  the range loaded (the asked one, or the span's last days when the asked range was ALL)
 * @param span   the span applied to an ALL range, or null when a range was set
 * @param models the models shown, one card each, sorted
 */
public record ComparisonData(String symbol, TimeRange range, ComparisonViewService.Span span, double windowMinutes,
                             List<String> models, List<Moment> moments, List<ComparisonPair> pairs,
                             List<Agreement.PairAgreement> agreement, Agreement.MomentConsensus consensus) {
    public ComparisonData {
        models = List.copyOf(models);
        moments = List.copyOf(moments);
        pairs = List.copyOf(pairs);
        agreement = List.copyOf(agreement);
    }

    /**
     * Index of the moment at {@code time}, else of the last one before it, else 0; for a null time the newest;
     * -1 without moments.
     */
    public int indexAt(Stamp time) {
        if (moments.isEmpty()) {
            return -1;
        }
        if (time == null) {
            return moments.size() - 1;
        }
        int best = 0;
        for (int i = 0; i < moments.size(); i++) {
            int c = moments.get(i).time().compareTo(time);
            if (c == 0) {
                return i;
            }
            if (c < 0) {
                best = i;
            }
        }
        return best;
    }
}
