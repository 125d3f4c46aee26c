package com.battlescope.ui;

import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.ComparisonViewService;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.service.view.SummariesService;
import com.battlescope.service.view.TradesService;
import com.battlescope.ui.views.ComparisonView;
import com.battlescope.ui.views.DecisionsView;
import com.battlescope.ui.views.DrawdownView;
import com.battlescope.ui.views.EquityView;
import com.battlescope.ui.views.LeaderboardView;
import com.battlescope.ui.views.QualityView;
import com.battlescope.ui.views.RankHistoryView;
import com.battlescope.ui.views.SummariesView;
import com.battlescope.ui.views.TradesView;
import com.battlescope.ui.views.VerdictView;
import java.util.List;

/**
 * The analysis views of the main window, in tab order (Ctrl+1 is the first), as the user guide lists them. The
 * services are made here, once, and passed in (they hold no state, so pages share them).
 */
public final class Views {
    private Views() {
    }

    public static List<AnalysisView> create(AppContext ctx) {
        ChartService charts = new ChartService();
        VerdictService verdicts = new VerdictService();
        ComparisonView comparison = new ComparisonView(ctx, new ComparisonViewService());
        return List.of(new LeaderboardView(ctx, new LeaderboardService(), verdicts), new VerdictView(ctx, verdicts),
                new EquityView(ctx, charts), new DrawdownView(ctx, charts), new RankHistoryView(ctx, charts), comparison,
                new TradesView(ctx, new TradesService()), new SummariesView(ctx, new SummariesService()),
                new DecisionsView(ctx, new DecisionLogService()), new QualityView(ctx, comparison::showAt));
    }
}
