package com.battlescope.analytics;

import com.battlescope.model.TimedDecision;
import com.battlescope.model.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.battlescope.analytics.Fixtures.at;
import static com.battlescope.analytics.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DecisionComparisonTest {

    private static List<TimedDecision> timed(Decision... ds) {
        return Stream.of(ds).map(JulianDay::timed).toList();
    }

    private static Decision d(long id, String model, String time) {
        return decision(id, model, "AAPL", "buy", 50.0, time, 100.0 + id);
    }

    @Test
    void pairsOnlyDifferentModelsWithFirstIdSmaller() {
        List<ComparisonPair> pairs = DecisionComparison.pairs(timed(
                d(1, "b", "2025-01-06 10:00:00"), d(2, "a", "2025-01-06 10:01:00"),
                d(3, "b", "2025-01-06 10:02:00")), 5, null, null);
        assertThat(pairs).extracting(ComparisonPair::model1Id, ComparisonPair::model2Id,
                p -> p.second().id()).containsExactly(tuple("a", "b", 3L), tuple("a", "b", 1L));
    }

    @Test
    void carriesFirstDecisionsTimestampAndPrice() {
        ComparisonPair p = DecisionComparison.pairs(timed(d(1, "b", "2025-01-06 10:00:00"),
                d(2, "a", "2025-01-06 10:01:00.5")), 5, null, null).get(0);
        assertThat(p.timestamp().text()).isEqualTo("2025-01-06 10:01:00.5");
        assertThat(p.currentPrice()).isEqualTo(102.0);
    }

    @Test
    void timeDiffIsTheViewsExpression() {
        List<TimedDecision> ds = timed(d(1, "a", "2025-01-06 10:00:00"), d(2, "b", "2025-01-06 10:01:30"));
        double expected = Math.abs(ds.get(0).julianDay() - ds.get(1).julianDay()) * 24 * 60;
        assertThat(DecisionComparison.pairs(ds, 5, null, null).get(0).timeDiffMinutes()).isEqualTo(expected);
    }

    @Test
    void pairExactlyAtTheWindowIsIncluded() {
        Decision a = d(1, "a", "2025-01-06 10:00:00");
        Decision b = d(2, "b", "2025-01-06 13:00:00");
        // 0.125 days x 24 x 60 is exactly 180.0
        List<ComparisonPair> pairs = DecisionComparison.pairs(
                List.of(new TimedDecision(a, 2460681.0), new TimedDecision(b, 2460681.125)), 180.0, null, null);
        assertThat(pairs).singleElement().extracting(ComparisonPair::timeDiffMinutes).isEqualTo(180.0);
    }

    @Test
    void pairJustOutsideTheWindowIsExcluded() {
        assertThat(DecisionComparison.pairs(timed(d(1, "a", "2025-01-06 12:00:00"),
                d(2, "b", "2025-01-06 12:05:00.001")), 5, null, null)).isEmpty();
    }

    @Test
    void fiveMinutesApartFollowsSqliteRounding() {
        // SQLite gives 5.00000037... at 10:00 (excluded by the view) and 4.9999997... at 12:00 (included)
        assertThat(DecisionComparison.pairs(timed(d(1, "a", "2025-01-06 10:00:00"),
                d(2, "b", "2025-01-06 10:05:00")), 5, null, null)).isEmpty();
        assertThat(DecisionComparison.pairs(timed(d(1, "a", "2025-01-06 12:00:00"),
                d(2, "b", "2025-01-06 12:05:00")), 5, null, null)).hasSize(1);
    }

    @Test
    void orderIsFirstTimestampDescThenFirstIdThenSecondTimestampDescThenSecondId() {
        List<ComparisonPair> pairs = DecisionComparison.pairs(timed(
                d(5, "a", "2025-01-06 10:00:00"), d(4, "a", "2025-01-06 10:00:00"),
                d(1, "b", "2025-01-06 10:01:00"), d(2, "c", "2025-01-06 10:01:00"),
                d(3, "a", "2025-01-06 10:03:00")), 5, null, null);
        assertThat(pairs).extracting(p -> p.first().id() + "-" + p.second().id())
                .containsExactly("3-1", "3-2", "1-2", "4-1", "4-2", "5-1", "5-2");
    }

    @Test
    void rangeRestrictsFirstDecisionOnly() {
        List<ComparisonPair> pairs = DecisionComparison.pairs(timed(
                d(1, "a", "2025-01-06 10:00:00"), d(2, "b", "2025-01-06 09:58:00"),
                d(3, "a", "2025-01-06 09:57:00")), 5, at("2025-01-06 10:00"), at("2025-01-06 11:00"));
        assertThat(pairs).extracting(p -> p.first().id() + "-" + p.second().id()).containsExactly("1-2");
    }

    @Test
    void modelDecidingTwiceWithinWindowGivesTwoRows() {
        assertThat(DecisionComparison.pairs(timed(d(1, "a", "2025-01-06 10:00:00"),
                d(2, "a", "2025-01-06 10:02:00"), d(3, "b", "2025-01-06 10:01:00")), 5, null, null)).hasSize(2);
    }

    @Test
    void matchesBruteForceViewOnDenseData() {
        java.util.Random rnd = new java.util.Random(7);
        String[] models = {"a", "b", "c", "d"};
        List<TimedDecision> ds = new java.util.ArrayList<>();
        for (long i = 0; i < 300; i++) {
            String t = com.battlescope.model.Stamp.format(Fixtures.T0.plusSeconds(rnd.nextInt(6 * 3600))
                    .plusNanos(rnd.nextInt(1_000_000) * 1000L));
            ds.add(JulianDay.timed(d(i, models[rnd.nextInt(4)], t)));
        }
        List<ComparisonPair> expected = new java.util.ArrayList<>();
        for (TimedDecision x : ds) {
            for (TimedDecision y : ds) {
                double m = Math.abs(x.julianDay() - y.julianDay()) * 24 * 60;
                if (x.decision().modelId().compareTo(y.decision().modelId()) < 0 && m <= 5) {
                    expected.add(ComparisonPair.of(x.decision(), y.decision(), m));
                }
            }
        }
        expected.sort(DecisionComparison.VIEW_ORDER);
        assertThat(DecisionComparison.pairs(ds, 5, null, null)).isNotEmpty().isEqualTo(expected);
    }

    /**
     * Issue 19: one model deciding 300,000 times inside one second (the old walk compared each of them with all the
     * others: 4.5e10 distances, minutes of work). The merge computes O(n) distances and finds the one real pair.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void oneModelDecidingOftenInsideTheWindowCostsLinearWork() {
        int n = 300_000;
        List<TimedDecision> ds = new java.util.ArrayList<>(n + 2);
        java.time.LocalDateTime cluster = java.time.LocalDateTime.of(2025, 1, 6, 12, 6);
        for (int i = 0; i < n; i++) {
            ds.add(JulianDay.timed(d(i + 10, "b", com.battlescope.model.Stamp.format(cluster.plusNanos(i * 3000L)))));
        }
        ds.add(JulianDay.timed(d(1, "a", "2025-01-06 12:00:00")));
        ds.add(JulianDay.timed(d(2, "b", "2025-01-06 12:04:00")));
        long[] work = {0};

        List<ComparisonPair> pairs = DecisionComparison.pairs(ds, 5, null, null, work);

        assertThat(pairs).extracting(p -> p.first().id() + "-" + p.second().id()).containsExactly("1-2");
        assertThat(work[0]).isLessThan(10L * n);
    }
}
