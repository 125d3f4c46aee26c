package com.battlescope.service.view;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The snapshot rounds of a battle: the engine snapshots every model once an hour, a few seconds apart, so a
 * round is a clock hour with snapshots, taken at the latest snapshot time in that hour (every model's snapshot
 * of the round is then at or before it).
 */
final class SnapshotHours {
    private SnapshotHours() {
    }

    /** One time per clock hour that has snapshots, in time order. */
    static List<Stamp> of(Collection<EquityCurve> curves) {
        TreeMap<LocalDateTime, Stamp> hours = new TreeMap<>();
        for (EquityCurve curve : curves) {
            for (HourlySnapshot s : curve.points()) {
                hours.merge(s.timestamp().local().truncatedTo(ChronoUnit.HOURS), s.timestamp(),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return List.copyOf(hours.values());
    }

    /** The last of the given times on each calendar day (as written). */
    static List<Stamp> lastPerDay(List<Stamp> times) {
        List<Stamp> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            LocalDate day = times.get(i).date();
            if (i == times.size() - 1 || !times.get(i + 1).date().equals(day)) {
                out.add(times.get(i));
            }
        }
        return out;
    }

    /** Microseconds since 1970 of the time as written: exact, for ordering prices against snapshot times. */
    static long micros(Stamp t) {
        LocalDateTime l = t.local();
        return l.toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000L + l.getNano() / 1000;
    }
}
