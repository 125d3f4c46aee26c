package com.battlescope.analytics.quality;

import com.battlescope.analytics.Metrics;
import com.battlescope.model.HourlySnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's exposure day by day (days as written): the mean of {@link Metrics#exposurePct} (positions value /
 * equity x 100) over the day's snapshots, and the share of them with an open position (time in market).
 *
 * @param snapshots   the day's snapshots
 * @param exposurePct their mean exposure in %
 * @param inMarketPct the share of them with positions_count > 0, in %
 */
public record DailyExposure(LocalDate day, int snapshots, double exposurePct, double inMarketPct) {

    /** One row per day that has snapshots, in order of the curve (which is in time order). */
    public static List<DailyExposure> of(List<HourlySnapshot> curve) {
        List<DailyExposure> out = new ArrayList<>();
        LocalDate day = null;
        int n = 0;
        int inMarket = 0;
        double exposure = 0;
        for (HourlySnapshot s : curve) {
            LocalDate d = s.timestamp().date();
            if (!d.equals(day)) {
                if (n > 0) {
                    out.add(new DailyExposure(day, n, exposure / n, 100.0 * inMarket / n));
                }
                day = d;
                n = 0;
                inMarket = 0;
                exposure = 0;
            }
            n++;
            inMarket += s.positionsCount() > 0 ? 1 : 0;
            exposure += Metrics.exposurePct(s.positionsValue(), s.equity());
        }
        if (n > 0) {
            out.add(new DailyExposure(day, n, exposure / n, 100.0 * inMarket / n));
        }
        return out;
    }
}
