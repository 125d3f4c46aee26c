package com.battlescope.analytics;

import com.battlescope.model.TimedDecision;
import com.battlescope.model.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.battlescope.analytics.Fixtures.at;
import static com.battlescope.analytics.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

class MomentsTest {

    private static List<TimedDecision> timed(Decision... ds) {
        return Stream.of(ds).map(JulianDay::timed).toList();
    }

    private static Decision d(long id, String model, String kind, String time) {
        return decision(id, model, "AAPL", kind, 50.0, time, 100.0);
    }

    private static final List<TimedDecision> DS = timed(d(1, "a", "buy", "2025-01-06 12:00:00"),
            d(2, "a", "sell", "2025-01-06 12:03:00"), d(3, "b", "buy", "2025-01-06 12:02:00"),
            d(4, "c", "hold", "2025-01-06 12:30:00"), d(5, "b", "sell", "2025-01-06 12:31:00"));

    @Test
    void momentTakesEachModelsNearestDecisionWithinWindow() {
        var t = at("2025-01-06 12:02:30");
        Moment m = Moments.at(DS, t, JulianDay.of(t), 5);
        assertThat(m.byModel()).containsOnlyKeys("a", "b");
        assertThat(m.byModel().get("a").id()).isEqualTo(2L);
    }

    @Test
    void clustersGroupDecisionsWithinWindowOfTheFirst() {
        List<Moment> ms = Moments.clusters(DS, 5);
        assertThat(ms).extracting(m -> m.time().text()).containsExactly("2025-01-06 12:00:00", "2025-01-06 12:30:00");
        assertThat(ms.get(0).byModel().get("a").id()).isEqualTo(1L);
    }

    @Test
    void sameDecisionByAllModelsIsConsensus() {
        Moment m = Moments.clusters(timed(d(1, "a", "buy", "2025-01-06 12:00:00"),
                d(2, "b", "buy", "2025-01-06 12:01:00")), 5).get(0);
        assertThat(m.consensus()).isTrue();
        assertThat(m.dissent()).isFalse();
    }

    @Test
    void singleModelMomentIsNeitherConsensusNorDissent() {
        Moment m = Moments.clusters(timed(d(1, "a", "buy", "2025-01-06 12:00:00")), 5).get(0);
        assertThat(m.consensus()).isFalse();
        assertThat(m.dissent()).isFalse();
    }

    @Test
    void agreementPerPairCountsSameDecisions() {
        List<ComparisonPair> pairs = DecisionComparison.pairs(DS, 5, null, null);
        // a1-b3 buy/buy, a2-b3 sell/buy, b5-c4 sell/hold
        assertThat(Agreement.byModelPair(pairs)).containsExactly(
                new Agreement.PairAgreement("a", "b", 2, 1, 50.0),
                new Agreement.PairAgreement("b", "c", 1, 0, 0.0));
    }

    @Test
    void momentConsensusSplitsContestedMoments() {
        Agreement.MomentConsensus c = Agreement.overMoments(Moments.clusters(DS, 5));
        assertThat(c).isEqualTo(new Agreement.MomentConsensus(2, 2, 1, 1, 50.0));
    }
}
