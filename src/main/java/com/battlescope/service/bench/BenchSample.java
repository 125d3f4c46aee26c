package com.battlescope.service.bench;

import com.battlescope.data.ModelSnapshotStats;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real values of a battle that the benchmark binds: the first model and symbol, the day in the middle of the
 * battle, and the decision at that middle time (a keyset cursor deep in the log) with a word of its reasoning.
 *
 * @param cursor null when the folder has no decisions
 */
public record BenchSample(String modelId, String symbol, LocalDate day, Decision cursor, String searchWord) {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{6,}");
    private static final String FALLBACK_WORD = "position";

    public static BenchSample of(Battle battle) {
        List<ModelSnapshotStats> stats = battle.snapshotStats();
        if (stats.isEmpty()) {
            throw new IllegalArgumentException("the folder has no hourly snapshots to measure");
        }
        LocalDateTime first = stats.stream().map(ModelSnapshotStats::firstSnapshot).min(Comparator.naturalOrder())
                .orElseThrow().local();
        LocalDateTime last = stats.stream().map(ModelSnapshotStats::lastSnapshot).max(Comparator.naturalOrder())
                .orElseThrow().local();
        LocalDateTime middle = first.plusSeconds(ChronoUnit.SECONDS.between(first, last) / 2);
        List<String> symbols = battle.symbols();
        Decision cursor = battle.decisionPage(new DecisionFilter(null, null, null, null, null, null,
                Stamp.format(middle)), null, 1).stream().findFirst().orElse(null);
        return new BenchSample(stats.get(0).modelId(), symbols.isEmpty() ? null : symbols.get(0),
                middle.toLocalDate(), cursor, word(cursor));
    }

    private static String word(Decision d) {
        if (d == null || d.reasoning() == null) {
            return FALLBACK_WORD;
        }
        Matcher m = WORD.matcher(d.reasoning());
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : FALLBACK_WORD;
    }

    /** The whole middle day, inclusive. */
    public TimeRange dayRange() {
        return new TimeRange(Stamp.of(day.atStartOfDay()), Stamp.of(day.atTime(23, 59, 59, 999_999_000)));
    }

    public String dayFrom() {
        return dayRange().fromText();
    }

    public String dayTo() {
        return dayRange().toText();
    }

    public String cursorTime() {
        return cursor == null ? null : cursor.timestamp().text();
    }

    public Long cursorId() {
        return cursor == null ? null : cursor.id();
    }
}
