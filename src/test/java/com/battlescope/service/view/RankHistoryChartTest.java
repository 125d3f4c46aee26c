package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankHistoryChartTest {
    @TempDir
    Path tmp;

    private final ChartService service = new ChartService();

    @Test
    void leaderboardSnapshotsGiveTheRanksAsStored() {
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            RankHistoryChart result = service.rankHistoryChart(battle, ViewQuery.all());
            ChartData chart = result.chart();

            assertThat(result.computed()).isFalse();
            assertThat(chart.id()).isEqualTo("rank-history");
            assertThat(chart.title()).isEqualTo("Rank history (all time)");
            assertThat(chart.yLabel()).isEqualTo("Rank (1 = best)");
            assertThat(chart.invertedY()).isTrue();
            assertThat(chart.series()).extracting(ChartSeries::name).containsExactly("claude-sonnet-3.5", "gpt-4o");
            ChartSeries gpt = chart.series().get(1);
            assertThat(gpt.y()).containsExactly(1, 2, 1);
            assertThat(gpt.labels()).containsExactly("2025-01-06 16:05:00.412181", "2025-01-07 16:05:00.860096",
                    "2025-01-08 16:05:00.731572");
            assertThat(gpt.x()[0]).isEqualTo(Stamp.parse("2025-01-06 16:05:00.412181").epochSecondsAsWritten());
            assertThat(chart.series().get(0).y()).containsExactly(2, 1, 2);

            List<RankPoint> points = result.points().get("gpt-4o");
            assertThat(points).extracting(RankPoint::previousRank).containsExactly(null, 1, 2);
            assertThat(points.stream().mapToDouble(RankPoint::returnPct).toArray())
                    .containsExactly(new double[] {0.0652161894926976, -0.280073216956109, 0.32427869549008},
                            within(1e-12));
        }
    }

    @Test
    void aSubsetKeepsTheRanksAmongAllModels() {
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            ChartData chart = service.rankHistory(battle, ViewQuery.all().withModels(List.of("gpt-4o"))
                    .withTimeframe(Timeframe.DAILY).withRange(TimeRange.parse("2025-01-07", null)));
            assertThat(chart.title()).isEqualTo("Rank history (daily)");
            assertThat(chart.series()).singleElement().satisfies(s -> assertThat(s.y()).containsExactly(2, 1));
        }
    }

    @Test
    void withoutLeaderboardRowsRanksAreComputedAtEachSnapshotHour() {
        // tiny has no weekly rows. The weekly window covers all three days: returns since 100,000 each.
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            RankHistoryChart result = service.rankHistoryChart(battle, ViewQuery.all().withTimeframe(Timeframe.WEEKLY));
            ChartData chart = result.chart();

            assertThat(result.computed()).isTrue();
            assertThat(chart.title()).isEqualTo("Rank history (weekly, computed from hourly snapshots)");
            assertThat(chart.series()).extracting(ChartSeries::size).containsExactly(21, 21);
            ChartSeries claude = chart.series().get(0);
            ChartSeries gpt = chart.series().get(1);
            // 10:04: both at 100,000, no Sharpe, no drawdown: model id decides
            assertThat(claude.labels().get(0)).isEqualTo("2025-01-06 10:04:55.089078");
            assertThat(claude.y()[0]).isEqualTo(1);
            assertThat(gpt.y()[0]).isEqualTo(2);
            // 13:04: claude 100,132.05 vs gpt 99,995.98; 14:04: claude 99,809.10 vs gpt 99,926.21
            assertThat(claude.y()[3]).isEqualTo(1);
            assertThat(claude.y()[4]).isEqualTo(2);
            assertThat(gpt.y()[20]).isEqualTo(1);

            RankPoint fifth = result.points().get("claude-sonnet-3.5").get(4);
            assertThat(fifth.previousRank()).isEqualTo(1);
            assertThat(fifth.returnPct()).isCloseTo((99809.1 / 100000 - 1) * 100, within(1e-9));
            assertThat(result.points().get("gpt-4o").get(20).returnPct())
                    .isCloseTo((100324.28 / 100000 - 1) * 100, within(1e-9));
        }
    }

    @Test
    void computedMonthlyEndsInTheEnginesFinalOrder() {
        // engine-default has no monthly rows; its 30-day window spans the whole 19-day battle, so the last
        // computed ranks must equal the engine's last all-time leaderboard.
        try (Battle battle = new BattleService().open(Fixtures.copy("engine-default", tmp))) {
            RankHistoryChart result = service.rankHistoryChart(battle, ViewQuery.all().withTimeframe(Timeframe.MONTHLY));
            assertThat(result.computed()).isTrue();
            assertThat(result.chart().series()).hasSize(6).allSatisfy(s -> assertThat(s.size()).isEqualTo(105));

            Map<String, Integer> engine = battle.latestLeaderboard("all_time").stream()
                    .collect(Collectors.toMap(LeaderboardSnapshot::modelId, LeaderboardSnapshot::rank));
            Map<String, Integer> last = result.chart().series().stream()
                    .collect(Collectors.toMap(ChartSeries::name, s -> (int) s.y()[s.size() - 1]));
            assertThat(last).isEqualTo(engine);

            RankHistoryChart weekly = service.rankHistoryChart(battle, ViewQuery.all().withTimeframe(Timeframe.WEEKLY));
            assertThat(weekly.computed()).isFalse();
            assertThat(weekly.chart().series()).allSatisfy(s -> assertThat(s.size()).isEqualTo(3));
        }
    }

    @Test
    void longBattlesAreRankedAtEachDaysLastSnapshot() {
        // 32 days round the clock (768 hours > 744): a = 1000 + i, b = 1000 + 2i up to hour 383, then -3 an hour.
        // Day closes (i = 24d + 23): b leads up to day 18 (i 455: 1550 vs 1455), a from day 19 (i 479: 1479 vs 1478).
        SyntheticFolder folder = SyntheticFolder.create(tmp.resolve("long"));
        List<String> times = new ArrayList<>();
        double[] a = new double[768];
        double[] b = new double[768];
        for (int i = 0; i < 768; i++) {
            times.add(Stamp.format(LocalDateTime.of(2025, 1, 6, 0, 0).plusHours(i)));
            a[i] = 1000 + i;
            b[i] = i <= 383 ? 1000 + 2 * i : 1766 - 3 * (i - 383);
        }
        folder.snapshots("a", times, a).snapshots("b", times, b);
        try (Battle battle = new BattleService().open(folder.dir())) {
            ChartData chart = service.rankHistory(battle, ViewQuery.all());
            assertThat(chart.title()).isEqualTo("Rank history (all time, computed from hourly snapshots)");
            ChartSeries sa = chart.series().get(0);
            assertThat(sa.size()).isEqualTo(32);
            assertThat(sa.labels().get(0)).isEqualTo("2025-01-06 23:00:00");
            assertThat(sa.labels().get(31)).isEqualTo("2025-02-06 23:00:00");
            assertThat(sa.y()[18]).isEqualTo(2);
            assertThat(sa.y()[19]).isEqualTo(1);
            assertThat(chart.series().get(1).y()[19]).isEqualTo(2);
        }
    }
}
