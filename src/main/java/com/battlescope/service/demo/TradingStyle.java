package com.battlescope.service.demo;

/**
 * How a demo model trades: what it looks at, how far its stops and targets are, how long it holds, whether it
 * shorts or closes everything at the end of the day, and how sure of itself it sounds.
 */
enum TradingStyle {
    MOMENTUM("momentum", 0.030, 0.060, 6, false, true, 66, 1.20),
    MEAN_REVERSION("mean_reversion", 0.025, 0.035, 4, false, true, 62, 1.25),
    BREAKOUT("breakout", 0.020, 0.070, 4, false, false, 70, 1.30),
    INTRADAY("intraday", 0.012, 0.020, 1, true, true, 58, 1.10),
    NEWS("news", 0.035, 0.060, 3, false, true, 72, 1.10),
    CAUTIOUS("trend", 0.040, 0.080, 12, false, false, 55, 1.50);

    final String strategy;
    final double stopPct;
    final double takePct;
    final int minHoldHours;
    final boolean closesAtDayEnd;
    final boolean shorts;
    final double baseConfidence;
    /** Signal strength needed to open a position. */
    final double threshold;

    TradingStyle(String strategy, double stopPct, double takePct, int minHoldHours, boolean closesAtDayEnd,
                 boolean shorts, double baseConfidence, double threshold) {
        this.strategy = strategy;
        this.stopPct = stopPct;
        this.takePct = takePct;
        this.minHoldHours = minHoldHours;
        this.closesAtDayEnd = closesAtDayEnd;
        this.shorts = shorts;
        this.baseConfidence = baseConfidence;
        this.threshold = threshold;
    }

    /** The demo's n-th model keeps its style across runs (gpt-4o momentum, claude-sonnet-3.5 mean reversion...). */
    static TradingStyle forModel(int index) {
        TradingStyle[] all = values();
        return all[Math.floorMod(index, all.length)];
    }

    /**
     * The style's view of a symbol: positive = go long, negative = go short, around 0 = nothing to do.
     * Scaled so that about 1 is a clear signal.
     */
    double signal(Market m, int s, double price) {
        double trend = (m.maFast(s) - m.maSlow(s)) / m.maSlow(s) / (m.hourlySigma(s) * 4);
        double stretch = (price - m.maFast(s)) / m.maFast(s) / (m.hourlySigma(s) * 3);
        double rsi = (m.rsi(s) - 50) / 25;
        return switch (this) {
            case MOMENTUM -> 0.7 * trend + 0.4 * rsi;
            case MEAN_REVERSION -> -0.6 * rsi - 0.5 * stretch;
            case BREAKOUT -> 0.8 * stretch + 0.3 * trend;
            case INTRADAY -> 0.6 * stretch + 0.2 * rsi;
            case NEWS -> 1.3 * m.newsTone(s) + 0.2 * trend;
            case CAUTIOUS -> 0.5 * trend + 0.2 * rsi;
        };
    }
}
