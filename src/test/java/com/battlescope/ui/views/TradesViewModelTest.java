package com.battlescope.ui.views;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.view.TradesService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.ManualJobs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trades view model without a toolkit: filters apply in memory to the trades read. */
class TradesViewModelTest {
    @TempDir
    Path tmp;
    private final ManualJobs jobs = new ManualJobs();
    private final AppContext ctx = new AppContext(jobs);
    private final TradesViewModel vm = new TradesViewModel(ctx, new TradesService());
    private Battle battle;

    @BeforeEach
    void open() {
        battle = new BattleService().open(Fixtures.copy("full-split", tmp));
        ctx.replaceBattle(battle);
    }

    @AfterEach
    void close() {
        battle.close();
    }

    @Test
    void theTradeLogWithItsStatsAndTheChoicesItHolds() {
        vm.reload();
        assertThat(vm.filteredProperty().get().trades()).isEmpty();
        jobs.finish(0);
        assertThat(vm.filteredProperty().get().trades()).hasSize(384);
        assertThat(vm.filteredProperty().get().reconstructed()).isFalse();
        // sqlite3 over trade_log: 220 winners of 384, PF 1.3579, mean 27.3472, max 855.50, min -966.24
        assertThat(vm.statsProperty().get()).isEqualTo("384 trades · win rate 57.29% · profit factor 1.36 · "
                + "expectancy $27.35 · best $855.50 · worst -$966.24");
        assertThat(vm.symbols()).containsExactly(TradesViewModel.ALL_SYMBOLS, "AAPL", "AMZN", "GOOGL", "MSFT", "NVDA",
                "TSLA");
    }

    @Test
    void filtersNarrowTheTradesAndTheStatsWithoutReading() {
        vm.reload();
        jobs.finish(0);
        vm.directionProperty().set("short");
        vm.symbolProperty().set("AAPL");
        assertThat(vm.filteredProperty().get().trades()).hasSize(21)
                .allMatch(t -> t.symbol().equals("AAPL") && t.direction().equals("short"));
        // sqlite3: 21 AAPL shorts, 15 winners, PF 2.9471, mean 57.1924, max 253.70, min -220.22
        assertThat(vm.statsProperty().get()).isEqualTo("21 trades · win rate 71.43% · profit factor 2.95 · "
                + "expectancy $57.19 · best $253.70 · worst -$220.22");
        vm.outcomeProperty().set(TradesViewModel.WINNERS);
        assertThat(vm.filteredProperty().get().trades()).hasSize(15);
        assertThat(jobs.started()).hasSize(1);
    }

    @Test
    void aReloadKeepsTheFiltersStillOnOffer() {
        vm.reload();
        jobs.finish(0);
        vm.directionProperty().set("long");
        ctx.pickModels(List.of("deepseek-v3"));
        vm.load(battle, true);
        jobs.finish(1);
        assertThat(vm.filteredProperty().get().trades()).hasSize(42).allMatch(t -> t.modelId().equals("deepseek-v3"));
        assertThat(vm.filteredProperty().get().keepState()).isTrue();
        assertThat(vm.directionProperty().get()).isEqualTo("long");
    }
}
