package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ComparisonViewService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.ManualJobs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without a toolkit: jobs finish when the test says so, in any order. */
class ComparisonViewModelTest {
    @TempDir
    Path tmp;
    private Battle battle;
    private final ManualJobs jobs = new ManualJobs();
    private AppContext ctx;
    private ComparisonViewModel vm;

    @BeforeEach
    void open() {
        battle = new BattleService().open(Fixtures.copy("full-split", tmp));
        ctx = new AppContext(jobs);
        ctx.setRange(TimeRange.parse("2025-01-15", "2025-01-16"));
        vm = new ComparisonViewModel(ctx, new ComparisonViewService());
    }

    @AfterEach
    void close() {
        battle.close();
    }

    @Test
    void symbolsThenMomentsLoadInTheBackground() throws Exception {
        ctx.replaceBattle(battle);
        vm.battleChanged();
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.symbols()).isEmpty();

        jobs.finish(0);
        assertThat(vm.symbols()).containsExactly("AAPL", "AMZN", "GOOGL", "MSFT", "NVDA", "TSLA");
        assertThat(vm.symbolProperty().get()).isEqualTo("AAPL");
        assertThat(vm.dataProperty().get()).isNull();

        jobs.finish(1);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.dataProperty().get().moments()).hasSize(7);
        assertThat(vm.indexProperty().get()).isEqualTo(6);
    }

    @Test
    void anOvertakenLoadIsDropped() throws Exception {
        ctx.replaceBattle(battle);
        vm.battleChanged();
        jobs.finish(0);
        vm.symbolProperty().set("MSFT");
        // job 1 (AAPL) was overtaken by job 2 (MSFT); finishing them in reverse must leave MSFT
        jobs.finish(2);
        jobs.finish(1);

        assertThat(vm.dataProperty().get().symbol()).isEqualTo("MSFT");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedLoadSaysWhy() throws Exception {
        ctx.replaceBattle(battle);
        vm.battleChanged();
        jobs.finish(0);
        jobs.finish(1);
        vm.windowMinutesProperty().set(-1);
        jobs.finish(2);

        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("window must be a non-negative number of minutes");
        // the last good moments stay on screen
        assertThat(vm.dataProperty().get().moments()).hasSize(7);
    }

    @Test
    void steppingStopsAtTheEnds() throws Exception {
        ctx.replaceBattle(battle);
        vm.battleChanged();
        jobs.finish(0);
        jobs.finish(1);

        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(6);
        for (int i = 0; i < 10; i++) {
            vm.previous();
        }
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.momentProperty().get().time().text()).isEqualTo("2025-01-15 10:00:14.488647");
    }

    @Test
    void noBattleMeansNothingToShow() {
        vm.battleChanged();
        assertThat(vm.symbols()).isEmpty();
        assertThat(vm.dataProperty().get()).isNull();
        assertThat(vm.momentProperty().get()).isNull();
        assertThat(jobs.started()).isEmpty();
    }
}
