package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.ChartData;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Verdict page's state without the FX toolkit: jobs run inline, progress is applied at once. */
class VerdictViewModelTest {
    @TempDir
    Path tmp;
    private Battle battle;

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private AppContext context(String fixture) {
        battle = new BattleService().open(Fixtures.copy(fixture, tmp));
        AppContext ctx = new AppContext(new InlineJobs());
        ctx.listModels(battle.modelIds());
        ctx.colors().assign(battle.modelIds());
        ctx.replaceBattle(battle);
        return ctx;
    }

    @Test
    void runsWithTheContextsRangeAndModelsAndReportsProgress() {
        AppContext ctx = context("full-split");
        ctx.pickModels(List.of("gpt-4o", "grok-2", "qwen-2.5-72b"));
        ctx.setRange(TimeRange.parse("2025-01-10", null));
        List<Double> progress = new ArrayList<>();
        VerdictViewModel vm = new VerdictViewModel(ctx, new VerdictService(), Runnable::run);
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.replicatesProperty().set(400);
        vm.run();
        assertThat(vm.result().models()).extracting(m -> m.modelId()).containsExactly("gpt-4o", "grok-2",
                "qwen-2.5-72b");
        assertThat(vm.result().bootstrap()).isEqualTo(400);
        assertThat(vm.result().models().get(0).nReturns()).isLessThan(153);
        assertThat(progress).contains(0.01, 0.5, 1.0).isSorted();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void cancellingStopsTheBootstrapAndKeepsNoHalfResult() {
        AppContext ctx = context("tiny");
        VerdictViewModel[] holder = new VerdictViewModel[1];
        VerdictViewModel vm = new VerdictViewModel(ctx, new VerdictService(), r -> {
            r.run();
            if (holder[0].progressProperty().get() >= 0.1) {
                holder[0].cancel();
            }
        });
        holder[0] = vm;
        vm.run();
        assertThat(vm.result()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aPairShowsBothEquitiesOverTheirCommonHours() {
        AppContext ctx = context("tiny");
        VerdictViewModel vm = new VerdictViewModel(ctx, new VerdictService(), Runnable::run);
        vm.replicatesProperty().set(50);
        vm.run();
        vm.selectPair("gpt-4o", "claude-sonnet-3.5");
        assertThat(vm.pairProperty().get().modelA()).isEqualTo("claude-sonnet-3.5");
        var eq = vm.pairEquityProperty().get();
        assertThat(eq.hours()).hasSize(21);
        assertThat(eq.hours()[1] - eq.hours()[0]).isEqualTo(1);
        ChartData chart = VerdictViewModel.pairChart(eq, ctx.colors());
        assertThat(chart.series()).hasSize(2);
        assertThat(chart.series().get(0).x()[0]).isEqualTo(eq.hours()[0] * 3600.0);
        assertThat(chart.series().get(1).y()).containsExactly(eq.equityB());
    }

    @Test
    void badOptionsAreShownNotRun() {
        AppContext ctx = context("tiny");
        VerdictViewModel vm = new VerdictViewModel(ctx, new VerdictService(), Runnable::run);
        vm.levelProperty().set(1.5);
        vm.run();
        assertThat(vm.result()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("level must be between 0 and 1 (exclusive), not 1.5");
    }
}
