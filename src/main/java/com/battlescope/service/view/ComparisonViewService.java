package com.battlescope.service.view;

import com.battlescope.analytics.Agreement;
import com.battlescope.analytics.ComparisonPair;
import com.battlescope.analytics.DecisionComparison;
import com.battlescope.analytics.Moment;
import com.battlescope.analytics.Moments;
import com.battlescope.model.DataTable;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.TimedDecision;
import com.battlescope.service.Battle;
import com.battlescope.service.ComparisonService;
import com.battlescope.service.TimeRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The side-by-side decision comparison of one symbol. Every load is one index range scan on
 * (symbol, timestamp) bounded by the range, so a year of decisions is never read for a day's view.
 */
public final class ComparisonViewService {
    /** Folders with more decisions than this open an ALL range on the last day only. */
    public static final long BIG_FOLDER_DECISIONS = 20_000;
    /** The columns of {@code compare --format csv}. */
    public static final List<String> PAIR_COLUMNS = List.of("timestamp", "current_price", "model_1_id",
            "model_1_decision", "model_1_confidence", "model_2_id", "model_2_decision", "model_2_confidence",
            "time_diff_minutes");

    /** How much of an ALL range to show: the last day, week or month of the symbol's decisions, or all of them. */
    public enum Span {
        DAY(1), WEEK(7), MONTH(30), ALL(0);

        private final int days;

        Span(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }

    private final long bigFolderDecisions;

    public ComparisonViewService() {
        this(BIG_FOLDER_DECISIONS);
    }

    /** @param bigFolderDecisions above this many decisions (by the highest id) ALL opens on the last day */
    public ComparisonViewService(long bigFolderDecisions) {
        this.bigFolderDecisions = bigFolderDecisions;
    }

    public List<String> symbols(Battle battle) {
        return battle.symbols();
    }

    /** The span an ALL range gets unless the user picks one: the last day on a big folder, else everything. */
    public Span defaultSpan(Battle battle) {
        // MAX(id) is free where COUNT(*) walks an index; it bounds the count from above
        return battle.maxDecisionId() > bigFolderDecisions ? Span.DAY : Span.ALL;
    }

    /** The last {@code span} of the symbol's decisions, counted back from its newest one. */
    public TimeRange lastSpan(Battle battle, String symbol, Span span) {
        if (span == Span.ALL) {
            return TimeRange.ALL;
        }
        List<Decision> newest = battle.decisionPage(
                new DecisionFilter(null, symbol, null, null, null, null, null), null, 1);
        return newest.isEmpty() ? TimeRange.ALL : TimeRange.lastDays(newest.get(0).timestamp(), span.days());
    }

    /**
     * Loads the moments of {@code q.symbol()} for the models of {@code q} within {@code q.range()}.
     *
     * @param span for an ALL range: how much to show; null = {@link #defaultSpan}. Ignored for a set range.
     */
    public ComparisonData load(Battle battle, ViewQuery q, double windowMinutes, Span span) {
        requireWindow(windowMinutes);
        boolean all = q.range().from() == null && q.range().to() == null;
        Span used = !all ? null : span == null ? defaultSpan(battle) : span;
        TimeRange range = all ? lastSpan(battle, q.symbol(), used) : q.range();
        List<TimedDecision> sorted = fetch(battle, q, range, windowMinutes);
        List<TimedDecision> inRange = sorted.stream().filter(td -> range.contains(td.decision().timestamp())).toList();
        List<Moment> moments = Moments.comparisonMoments(sorted, inRange, windowMinutes);
        List<ComparisonPair> pairs = DecisionComparison.pairs(sorted, windowMinutes, range.from(), range.to());
        return new ComparisonData(q.symbol(), range, used, windowMinutes, models(battle, q, sorted), moments, pairs,
                Agreement.byModelPair(pairs), Agreement.overMoments(moments));
    }

    /** The comparison pairs of {@code q.symbol()} in {@code q.range()} with the default 5-minute window, for export. */
    public DataTable table(Battle battle, ViewQuery q) {
        return table(battle, q, DecisionComparison.DEFAULT_WINDOW_MINUTES);
    }

    /** The rows of {@code compare --format csv}, restricted to pairs of two models of {@code q}. */
    public DataTable table(Battle battle, ViewQuery q, double windowMinutes) {
        String symbol = q.symbol();
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("the comparison needs a symbol; symbols: "
                    + String.join(", ", battle.symbols()));
        }
        List<ComparisonPair> pairs = new ComparisonService().pairs(battle, symbol, q.range(), windowMinutes);
        return table(pairs.stream().filter(p -> q.includes(p.model1Id()) && q.includes(p.model2Id())).toList());
    }

    /** Pairs as the text cells of {@code compare --format csv} ({@link Cells#machine machine form}). */
    public static DataTable table(List<ComparisonPair> pairs) {
        List<List<String>> rows = pairs.stream()
                .map(p -> pairValues(p).stream().map(Cells::machine).toList()).toList();
        return new DataTable("comparison", PAIR_COLUMNS, rows);
    }

    /** One pair's values in the order of {@link #PAIR_COLUMNS} (the CSV and table rows of {@code compare}). */
    public static List<Object> pairValues(ComparisonPair p) {
        return java.util.Arrays.asList(p.timestamp().text(), p.currentPrice(), p.model1Id(), p.model1Decision(),
                p.model1Confidence(), p.model2Id(), p.model2Decision(), p.model2Confidence(), p.timeDiffMinutes());
    }

    private static List<TimedDecision> fetch(Battle battle, ViewQuery q, TimeRange range, double windowMinutes) {
        if (q.symbol() == null) {
            return List.of();
        }
        List<TimedDecision> sorted = new ArrayList<>(battle.decisionsToCompare(q.symbol(), range, windowMinutes).stream()
                .filter(td -> q.includes(td.decision().modelId())).toList());
        sorted.sort(Comparator.comparingDouble(TimedDecision::julianDay)
                .thenComparing(td -> td.decision().id(), Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    private static List<String> models(Battle battle, ViewQuery q, List<TimedDecision> decisions) {
        if (!q.models().isEmpty()) {
            return q.models().stream().sorted().distinct().toList();
        }
        TreeSet<String> all = new TreeSet<>(battle.modelIds());
        decisions.forEach(td -> all.add(td.decision().modelId()));
        return List.copyOf(all);
    }

    private static void requireWindow(double windowMinutes) {
        if (windowMinutes < 0 || Double.isNaN(windowMinutes)) {
            throw new IllegalArgumentException("window must be a non-negative number of minutes");
        }
    }
}
