package com.battlescope.service.view;

import java.util.Arrays;
import java.util.Locale;

/**
 * The analysis views, by the ids of {@code export --view} and of exported file names, with their tab titles (one word
 * or two: ten tabs fit a 1280 px window).
 */
public enum ViewId {
    LEADERBOARD("leaderboard", "Leaderboard", false),
    VERDICT("verdict", "Verdict", false),
    EQUITY("equity", "Equity", true),
    DRAWDOWN("drawdown", "Drawdown", true),
    RANK_HISTORY("rank-history", "Rank history", true),
    COMPARISON("comparison", "Comparison", false),
    TRADES("trades", "Trades", false),
    SUMMARIES("summaries", "Summaries", false),
    DECISIONS("decisions", "Decision log", false),
    QUALITY("quality", "Quality", true);

    private final String id;
    private final String title;
    private final boolean chart;

    ViewId(String id, String title, boolean chart) {
        this.id = id;
        this.title = title;
        this.chart = chart;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** True when the view's main content is a chart (PNG/SVG of the chart), false for table views. */
    public boolean isChart() {
        return chart;
    }

    public static ViewId fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown view '" + text + "'; views: "
                        + String.join(", ", Arrays.stream(values()).map(ViewId::id).toList())));
    }
}
