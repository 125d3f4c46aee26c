package com.battlescope.analytics;

import com.battlescope.model.Timeframe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.battlescope.analytics.Fixtures.T0;
import static com.battlescope.analytics.Fixtures.snap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingsTest {

    private static List<String> order(RankingEntry... entries) {
        return Rankings.rank(List.of(entries)).stream().map(RankedModel::modelId).toList();
    }

    @Test
    void higherReturnRanksFirst() {
        assertThat(order(new RankingEntry("a", 1, 9.0, 0.0), new RankingEntry("b", 2, null, null)))
                .containsExactly("b", "a");
    }

    @Test
    void equalReturnsRankByHigherSharpeWithNullLast() {
        assertThat(order(new RankingEntry("a", 1, null, 1.0), new RankingEntry("b", 1, 0.5, 1.0),
                new RankingEntry("c", 1, 2.0, 1.0))).containsExactly("c", "b", "a");
    }

    @Test
    void equalReturnAndSharpeRankBySmallerDrawdownWithNullLast() {
        assertThat(order(new RankingEntry("a", 1, 1.0, null), new RankingEntry("b", 1, 1.0, 5.0),
                new RankingEntry("c", 1, 1.0, 2.0))).containsExactly("c", "b", "a");
    }

    @Test
    void fullTieRanksByModelId() {
        assertThat(order(new RankingEntry("b", 1, null, null), new RankingEntry("a", 1, null, null)))
                .containsExactly("a", "b");
    }

    @Test
    void ranksRunOneToNWithoutTies() {
        assertThat(Rankings.rank(List.of(new RankingEntry("b", 1, null, null), new RankingEntry("a", 1, null, null))))
                .extracting(RankedModel::rank).containsExactly(1, 2);
    }

    @Test
    void dailyReturnIsFromLastSnapshotAtOrBeforeOneDayEarlier() {
        EquityCurve c = EquityCurve.of(List.of(snap("m", T0, 50), snap("m", T0.plusHours(20), 100),
                snap("m", T0.plusHours(30), 105), snap("m", T0.plusHours(44), 110)));
        assertThat(Rankings.returnPct(c, 1, Timeframe.DAILY)).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void windowStartsAtFirstSnapshotWhenHistoryIsShorter() {
        EquityCurve c = EquityCurve.of(List.of(snap("m", T0, 100), snap("m", T0.plusDays(2), 120)));
        assertThat(Rankings.returnPct(c, 1, Timeframe.WEEKLY)).isCloseTo(20.0, within(1e-12));
    }

    @Test
    void allTimeReturnIsAgainstInitialCapital() {
        EquityCurve c = EquityCurve.of(List.of(snap("m", T0, 100), snap("m", T0.plusDays(2), 120)));
        assertThat(Rankings.returnPct(c, 80, Timeframe.ALL_TIME)).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void timeframeRankingUsesTheWindowReturn() {
        EquityCurve a = EquityCurve.of(List.of(snap("a", T0, 100), snap("a", T0.plusDays(5), 200),
                snap("a", T0.plusDays(6), 190)));
        EquityCurve b = EquityCurve.of(List.of(snap("b", T0, 100), snap("b", T0.plusDays(5), 100),
                snap("b", T0.plusDays(6), 101)));
        Map<String, Double> capital = Map.of("a", 100.0, "b", 100.0);
        assertThat(Rankings.rankTimeframe(Map.of("a", a, "b", b), capital, Timeframe.DAILY))
                .extracting(RankedModel::modelId).containsExactly("b", "a");
        assertThat(Rankings.rankTimeframe(Map.of("a", a, "b", b), capital, Timeframe.ALL_TIME))
                .extracting(RankedModel::modelId).containsExactly("a", "b");
    }
}
