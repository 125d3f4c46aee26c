package com.battlescope.ui;

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

/** The analysis views of the main window, in tab order (Ctrl+1 is the first), as the user guide lists them. */
public final class Views {
    private Views() {
    }

    public static List<AnalysisView> create(AppContext ctx) {
        ComparisonView comparison = new ComparisonView(ctx);
        return List.of(new LeaderboardView(ctx), new VerdictView(ctx), new EquityView(ctx), new DrawdownView(ctx),
                new RankHistoryView(ctx), comparison, new TradesView(ctx), new SummariesView(ctx), new DecisionsView(ctx),
                new QualityView(ctx, comparison::showAt));
    }
}
