package com.battlescope.ui;

import com.battlescope.ui.views.ComparisonView;
import com.battlescope.ui.views.DecisionsView;
import com.battlescope.ui.views.DrawdownView;
import com.battlescope.ui.views.EquityView;
import com.battlescope.ui.views.RankHistoryView;
import java.util.List;

/** The analysis views of the main window, in tab order (Ctrl+1 is the first). */
public final class Views {
    private Views() {
    }

    public static List<AnalysisView> create(AppContext ctx) {
        return List.of(new EquityView(ctx), new DrawdownView(ctx), new RankHistoryView(ctx),
                new ComparisonView(ctx), new DecisionsView(ctx));
    }
}
