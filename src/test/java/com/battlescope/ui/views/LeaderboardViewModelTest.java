package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.view.DecisionMix;
import com.battlescope.service.view.Leaderboard;
import com.battlescope.service.view.LeaderboardRow;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.ManualJobs;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaderboard's view model without a toolkit: the standings, then the two follow-up jobs, in any order. */
class LeaderboardViewModelTest {
    @TempDir
    Path tmp;
    private final ManualJobs jobs = new ManualJobs();
    private final AppContext ctx = new AppContext(jobs);
    private final LeaderboardViewModel vm = new LeaderboardViewModel(ctx, new LeaderboardService());
    private Battle battle;

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private void open(String fixture) {
        battle = new BattleService().open(Fixtures.copy(fixture, tmp));
        ctx.replaceBattle(battle);
    }

    private Leaderboard board() {
        return vm.shownProperty().get().value();
    }

    private LeaderboardRow row(String model) {
        return board().rows().stream().filter(r -> r.modelId().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void theStandingsComeFirstAndNothingIsCountedWithoutTheAdvancedColumns() {
        open("tiny");
        vm.load(battle, false);
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.shownProperty().get()).isNull();

        jobs.finish(0);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.shownProperty().get().keepState()).isFalse();
        assertThat(board().rows().get(0).modelId()).isEqualTo("gpt-4o");
        // tiny has a trade_log: its totals came with the standings
        assertThat(jobs.started()).hasSize(1);
        assertThat(vm.noteProperty().get()).isEmpty();
    }

    @Test
    void theAdvancedColumnsCountTheDecisionsAndMergeThemIntoTheBoardShown() {
        open("tiny");
        vm.load(battle, false);
        jobs.finish(0);
        vm.advancedProperty().set(true);
        assertThat(jobs.started()).extracting(ManualJobs.Pending::title)
                .containsExactly("Leaderboard", "Reading trades", "Counting decisions");
        assertThat(vm.noteProperty().get()).isEqualTo("Reading trades and counting decisions…");
        assertThat(row("gpt-4o").decisions().counted()).isFalse();

        jobs.finish(2);
        assertThat(vm.noteProperty().get()).isEqualTo("Reading trades…");
        // gpt-4o in tiny: 4 buys, 0 sells, 18 holds, 1 close (counted by hand in decisions.db)
        DecisionMix mix = row("gpt-4o").decisions();
        assertThat(new long[] {mix.buy(), mix.sell(), mix.hold(), mix.close()}).containsExactly(4, 0, 18, 1);
        assertThat(vm.shownProperty().get().keepState()).isTrue();

        jobs.finish(1);
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(row("gpt-4o").tradeDetail()).isEqualTo(LeaderboardRow.TradeDetail.FULL);
        // the merge of the trades kept the decision counts
        assertThat(row("gpt-4o").decisions().buy()).isEqualTo(4);
    }

    @Test
    void withoutATradeLogTheTradesAreReadAfterTheStandings() {
        open("engine-default");
        vm.load(battle, false);
        jobs.finish(0);
        assertThat(jobs.last().title()).isEqualTo("Reading trades");
        assertThat(vm.noteProperty().get()).isEqualTo("Reading trades…");
        assertThat(board().rows()).allMatch(r -> r.tradeDetail() == LeaderboardRow.TradeDetail.PENDING);
        jobs.finish(1);
        assertThat(board().rows()).noneMatch(r -> r.tradeDetail() == LeaderboardRow.TradeDetail.PENDING);
    }

    @Test
    void anotherTimeframeCancelsTheCountingOfTheOldBoardAndItsLateResultIsDropped() {
        open("tiny");
        vm.load(battle, false);
        jobs.finish(0);
        vm.advancedProperty().set(true);
        vm.timeframeProperty().set(Timeframe.DAILY);
        assertThat(jobs.started().get(1).cancelled()).isTrue();
        assertThat(jobs.started().get(2).cancelled()).isTrue();
        assertThat(jobs.last().title()).isEqualTo("Leaderboard");
        assertThat(vm.noteProperty().get()).isEmpty();

        jobs.finish(3);
        Leaderboard daily = board();
        jobs.finish(2); // the old board's counts arrive late
        assertThat(board()).isSameAs(daily);
        assertThat(vm.query().timeframe()).isEqualTo(Timeframe.DAILY);
    }

    @Test
    void aFailedLoadSaysWhatFailedAndWhy() {
        open("tiny");
        vm.load(battle, false);
        jobs.last().fail(new IOException("metrics_timeseries.db: disk I/O error"));
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Leaderboard failed: metrics_timeseries.db: disk I/O error");
        vm.reload();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void closingTheBattleClearsTheBoardAndStopsTheCounting() {
        open("tiny");
        vm.load(battle, false);
        jobs.finish(0);
        vm.advancedProperty().set(true);
        ctx.replaceBattle(null);
        vm.reload();
        assertThat(vm.shownProperty().get()).isNull();
        assertThat(jobs.started().get(1).cancelled()).isTrue();
        assertThat(jobs.started().get(2).cancelled()).isTrue();
        assertThat(vm.noteProperty().get()).isEmpty();
    }
}
