package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.view.Period;
import com.battlescope.service.view.Summaries;
import com.battlescope.service.view.SummariesService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.ManualJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Summaries view model without a toolkit. */
class SummariesViewModelTest {
    @TempDir
    Path tmp;
    private final ManualJobs jobs = new ManualJobs();
    private final AppContext ctx = new AppContext(jobs);
    private final SummariesViewModel vm = new SummariesViewModel(ctx, new SummariesService());
    private Battle battle;

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private Summaries shown() {
        return vm.shownProperty().get().value();
    }

    @Test
    void dailyFromTheTableThenAnotherPeriodReadsAgain() {
        battle = new BattleService().open(Fixtures.copy("tiny", tmp));
        ctx.replaceBattle(battle);
        vm.reload();
        assertThat(vm.loadingProperty().get()).isTrue();
        jobs.finish(0);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(shown().period()).isEqualTo(Period.DAILY);
        assertThat(shown().rows()).hasSize(6);
        // tiny daily_summaries, first row: claude-sonnet-3.5 on 2025-01-06, 100,000.00 -> 99,876.54
        assertThat(shown().rows().get(0).modelId()).isEqualTo("claude-sonnet-3.5");
        assertThat(shown().rows().get(0).start()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(shown().rows().get(0).endEquity()).isEqualTo(99876.54);
        assertThat(shown().sourceLabel()).isEqualTo("Source: daily_summaries table");

        vm.periodProperty().set(Period.WEEKLY);
        assertThat(jobs.started()).hasSize(2);
        jobs.finish(1);
        // tiny weekly_summaries: claude-sonnet-3.5 99,627.08 (-372.92), gpt-4o 100,324.28 (+324.28)
        assertThat(shown().rows()).extracting(r -> r.modelId()).containsExactly("claude-sonnet-3.5", "gpt-4o");
        assertThat(shown().rows().get(0).endEquity()).isEqualTo(99627.08);
        assertThat(shown().rows().get(0).pnl()).isCloseTo(-372.92, within(1e-9));
        assertThat(shown().rows().get(1).endEquity()).isEqualTo(100324.28);
        assertThat(shown().rows().get(1).pnl()).isCloseTo(324.28, within(1e-9));
    }

    @Test
    void aFailedReadSaysWhyAndNoBattleShowsNothing() {
        battle = new BattleService().open(Fixtures.copy("tiny", tmp));
        ctx.replaceBattle(battle);
        vm.reload();
        jobs.last().fail(new IOException("no such table: daily_summaries"));
        assertThat(vm.errorProperty().get()).isEqualTo("Summaries failed: no such table: daily_summaries");
        assertThat(vm.shownProperty().get()).isNull();

        ctx.replaceBattle(null);
        vm.reload();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.shownProperty().get()).isNull();
        assertThat(jobs.started()).hasSize(1);
    }
}
