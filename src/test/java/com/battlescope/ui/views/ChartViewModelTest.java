package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.DrawdownChart;
import com.battlescope.service.view.EquityChart;
import com.battlescope.service.view.LiveCharts;
import com.battlescope.service.view.RankHistoryChart;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.ManualJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model of the chart pages (Equity, Drawdown, Rank history) without a toolkit. */
class ChartViewModelTest {
    @TempDir
    Path tmp;
    private final ManualJobs jobs = new ManualJobs();
    private final AppContext ctx = new AppContext(jobs);
    private final ChartService service = new ChartService();
    private Battle battle;

    @BeforeEach
    void open() {
        battle = new BattleService().open(Fixtures.copy("tiny", tmp));
        ctx.replaceBattle(battle);
    }

    @AfterEach
    void close() {
        battle.close();
    }

    private ViewQuery query() {
        return new ViewQuery(List.copyOf(ctx.selectedModels()), ctx.range(), null, null, null, false);
    }

    private ChartViewModel<EquityChart> equity() {
        return new ChartViewModel<>(ctx, "Equity curves", service::equityChart, LiveCharts::appendEquity,
                this::query);
    }

    @Test
    void equityReadsTheCurvesAndTheirSummary() {
        ChartViewModel<EquityChart> vm = equity();
        vm.refresh();
        assertThat(vm.loadingProperty().get()).isTrue();
        jobs.finish(0);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.shownProperty().get().inPlace()).isFalse();
        // tiny: gpt-4o ends at 100,324.28, claude-sonnet-3.5 at 99,627.08 (from 100,000 each)
        assertThat(vm.shownProperty().get().result().summary().text())
                .isEqualTo("Highest: gpt-4o $100,324.28 (+0.32 %)   Lowest: claude-sonnet-3.5 $99,627.08 (-0.37 %)");
    }

    @Test
    void drawdownAndRankHistoryShareIt() {
        ChartViewModel<DrawdownChart> drawdown = new ChartViewModel<>(ctx, "Drawdown", service::drawdownChart,
                (c, q, rows) -> Optional.empty(), this::query);
        drawdown.refresh();
        jobs.finish(0);
        assertThat(drawdown.shownProperty().get().result().chart().series())
                .extracting(s -> s.name() + " " + s.x().length).containsExactly("claude-sonnet-3.5 21", "gpt-4o 21");
        // tiny: claude's worst drawdown peaks at 2025-01-07 12:04:59.448750 and has not recovered
        assertThat(drawdown.shownProperty().get().result().worst().get(0).period().peak().text())
                .isEqualTo("2025-01-07 12:04:59.448750");

        ChartViewModel<RankHistoryChart> ranks = new ChartViewModel<>(ctx, "Rank history",
                service::rankHistoryChart, (c, q, rows) -> Optional.empty(), this::query);
        ranks.refresh();
        jobs.finish(1);
        assertThat(ranks.shownProperty().get().result().chart().series()).hasSize(2);
    }

    @Test
    void anOvertakenReadIsDroppedAndInPlaceKeepsTheZoom() {
        ChartViewModel<EquityChart> vm = equity();
        vm.refresh();
        ctx.setRange(TimeRange.parse("2025-01-08", null));
        vm.reloadInPlace();
        assertThat(jobs.started().get(0).cancelled()).isTrue();
        jobs.finish(1);
        jobs.finish(0);
        assertThat(vm.shownProperty().get().inPlace()).isTrue();
        // from 2025-01-08 on gpt-4o has 7 snapshots
        assertThat(vm.shownProperty().get().result().chart().series().get(1).x()).hasSize(7);
    }

    @Test
    void aFailedReadAndNoBattleSayWhy() {
        ChartViewModel<EquityChart> vm = equity();
        vm.refresh();
        jobs.last().fail(new IOException("metrics_timeseries.db: disk I/O error"));
        assertThat(vm.messageProperty().get())
                .isEqualTo("Could not load equity curves: metrics_timeseries.db: disk I/O error");
        assertThat(vm.loadingProperty().get()).isFalse();

        ctx.replaceBattle(null);
        vm.refresh();
        assertThat(vm.messageProperty().get()).isEqualTo("Open a battle folder to see this chart.");
        assertThat(vm.shownProperty().get()).isNull();
    }

    @Test
    void withoutLiveRowsLiveDataReloadsInPlace() {
        ChartViewModel<EquityChart> vm = equity();
        vm.refresh();
        jobs.finish(0);
        vm.liveData();
        assertThat(jobs.started()).hasSize(2);
        jobs.finish(1);
        assertThat(vm.shownProperty().get().inPlace()).isTrue();
    }
}
