package com.battlescope.service.view;

import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.model.ChartData;
import com.battlescope.model.ModelPalette;
import com.battlescope.model.DataTable;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.service.Battle;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.verdict.VerdictTable;
import java.util.List;

/**
 * What each view shows for a query, from the same services as the GUI tabs: the export command and export-all
 * read their charts and tables here.
 */
public final class ViewDataService implements ViewSource {
    private final ChartService charts = new ChartService();
    private final LeaderboardService leaderboard = new LeaderboardService();
    private final TradesService trades = new TradesService();
    private final SummariesService summaries = new SummariesService();
    private final ComparisonViewService comparison = new ComparisonViewService();
    private final DecisionLogService decisions = new DecisionLogService();
    private final VerdictService verdicts = new VerdictService();
    private final QualityViewModel quality = new QualityViewModel();

    @Override
    public ViewContent load(Battle battle, ViewId view, ViewQuery q) {
        if (view == ViewId.QUALITY) {
            QualityViewModel.Loaded loaded = qualityAll(battle, q);
            List<ChartData> charts = QualityViewModel.charts(loaded, new ModelPalette(battle.modelIds()));
            return new ViewContent(view, charts.get(0).title(), charts.get(0),
                    QualityViewModel.exportTable(loaded, new ModelPalette(battle.modelIds())),
                    charts.subList(1, charts.size()));
        }
        return view.isChart() ? ViewContent.ofChart(view, chart(battle, view, q))
                : ViewContent.ofTable(view, table(battle, view, q));
    }

    /** The chart of a chart view (equity, drawdown, rank history). */
    public ChartData chart(Battle battle, ViewId view, ViewQuery q) {
        return switch (view) {
            case EQUITY -> charts.equity(battle, q);
            case DRAWDOWN -> charts.drawdown(battle, q);
            case RANK_HISTORY -> charts.rankHistory(battle, q);
            case QUALITY -> QualityViewModel.calibration(quality(battle, q), new ModelPalette(battle.modelIds()));
            default -> throw new IllegalArgumentException(view.id() + " is a table view, not a chart");
        };
    }

    /**
     * The table of a view; for a chart view its points (one row per point). The leaderboard follows
     * {@code q.timeframe()}, summaries are daily or the period it names, trades and the comparison take
     * {@code q.symbol()} (the comparison needs one), the decision log is its first page, the verdict uses the default options.
     */
    public DataTable table(Battle battle, ViewId view, ViewQuery q) {
        return switch (view) {
            case EQUITY, DRAWDOWN, RANK_HISTORY -> chart(battle, view, q).toTable();
            case LEADERBOARD -> leaderboard.table(battle, q);
            case VERDICT -> VerdictTable.of(verdicts.verdict(battle, q.range(), q.models(), VerdictOptions.defaults(),
                    StationaryBootstrap.Control.NONE));
            case TRADES -> trades.table(battle, q);
            case SUMMARIES -> summaries.table(battle, q);
            case COMPARISON -> comparison.table(battle, q);
            case DECISIONS -> decisions.table(battle, q);
            case QUALITY -> QualityViewModel.exportTable(qualityAll(battle, q), new ModelPalette(battle.modelIds()));
        };
    }

    private QualityViewModel.Loaded qualityAll(Battle battle, ViewQuery q) {
        return quality.loadAll(battle, q, Horizon.DEFAULT, () -> Thread.currentThread().isInterrupted());
    }

    private QualityReport quality(Battle battle, ViewQuery q) {
        return quality.load(battle, q, Horizon.DEFAULT, () -> Thread.currentThread().isInterrupted());
    }
}
