package com.battlescope.service.demo;

import java.util.List;

/**
 * Shared price paths, one geometric random walk per symbol with a common market factor, news shocks and
 * overnight gaps; plus the indicators models cite (20/50-hour moving averages, 14-hour RSI).
 */
final class Market {
    private static final String[] GOOD = {"%s beats earnings estimates", "%s raises its full-year guidance",
        "analysts upgrade %s to buy", "%s announces a large share buyback", "strong demand reported for %s products",
        "%s wins a major contract"};
    private static final String[] BAD = {"%s misses revenue estimates", "%s cuts its outlook",
        "regulators open a probe into %s", "the CFO of %s departs unexpectedly", "supply-chain problems hit %s",
        "analysts downgrade %s to sell"};
    private static final String[] MACRO_GOOD = {"CPI comes in cooler than expected", "the Fed signals rate cuts",
        "a strong jobs report", "Treasury yields fall sharply"};
    private static final String[] MACRO_BAD = {"a hot CPI print", "hawkish Fed minutes",
        "10-year yields at a three-month high", "weak manufacturing data"};
    private static final int NEWS_HOURS = 6;

    private final Rng rng;
    private final DemoHours hours;
    private final String[] tickers;
    private final String[] companies;
    private final double[] sigma;
    private final double[] drift;
    private final double[] start;
    private final double[] end;
    private final double[] emaFast;
    private final double[] emaSlow;
    private final double[] avgGain;
    private final double[] avgLoss;
    private final double[] dayOpen;
    private final String[] news;
    private final double[] newsTone;
    private final int[] newsAge;
    private String macro;
    private double macroTone;
    private int macroAge;

    /** @param prices the last price per symbol, or null for the symbols' typical prices (varied by the seed) */
    Market(List<DemoNames.SymbolInfo> symbols, double[] prices, DemoHours hours, Rng rng) {
        this.rng = rng;
        this.hours = hours;
        int n = symbols.size();
        tickers = new String[n];
        companies = new String[n];
        sigma = new double[n];
        drift = new double[n];
        start = new double[n];
        end = new double[n];
        emaFast = new double[n];
        emaSlow = new double[n];
        avgGain = new double[n];
        avgLoss = new double[n];
        dayOpen = new double[n];
        news = new String[n];
        newsTone = new double[n];
        newsAge = new int[n];
        double hoursPerYear = hours == DemoHours.MARKET ? 252 * 6.5 : 365 * 24;
        for (int s = 0; s < n; s++) {
            DemoNames.SymbolInfo info = symbols.get(s);
            tickers[s] = info.ticker();
            companies[s] = info.company();
            sigma[s] = info.annualVol() * rng.uniform(0.8, 1.2) / Math.sqrt(hoursPerYear);
            drift[s] = rng.uniform(-0.05, 0.25) / hoursPerYear;
            double p = prices != null ? prices[s] : info.price() * rng.uniform(0.85, 1.15);
            start[s] = p;
            end[s] = p;
            emaFast[s] = p * (1 + sigma[s] * rng.gaussian());
            emaSlow[s] = p * (1 + 2 * sigma[s] * rng.gaussian());
            avgGain[s] = 0.4 * sigma[s] * p;
            avgLoss[s] = 0.4 * sigma[s] * p;
            dayOpen[s] = p;
        }
    }

    int size() {
        return tickers.length;
    }

    String ticker(int s) {
        return tickers[s];
    }

    /** Draws this hour's moves; the price path runs from the previous close to the new one. */
    void advance(BattleHour hour) {
        double common = rng.gaussian();
        if (macroAge > 0) {
            macroAge--;
        } else {
            macro = null;
        }
        if (rng.chance(0.004)) {
            macroTone = rng.chance(0.5) ? 1 : -1;
            macro = rng.pick(macroTone > 0 ? MACRO_GOOD : MACRO_BAD);
            macroAge = NEWS_HOURS;
            common += macroTone * 2.5;
        }
        boolean gap = hours == DemoHours.MARKET && hour.firstOfDay();
        for (int s = 0; s < tickers.length; s++) {
            start[s] = end[s];
            double move = drift[s] * hour.minutes() / 60.0
                    + sigma[s] * Math.sqrt(hour.minutes() / 60.0) * (0.55 * common + 0.835 * rng.gaussian());
            if (gap) {
                move += sigma[s] * 2.2 * rng.gaussian();
            }
            if (newsAge[s] > 0) {
                newsAge[s]--;
            } else {
                news[s] = null;
            }
            if (rng.chance(0.01)) {
                newsTone[s] = rng.chance(0.55) ? 1 : -1;
                news[s] = String.format(rng.pick(newsTone[s] > 0 ? GOOD : BAD), companies[s]);
                newsAge[s] = NEWS_HOURS;
                move += newsTone[s] * sigma[s] * rng.uniform(3, 8);
            }
            end[s] = Math.max(0.5, start[s] * Math.exp(move));
            if (hour.firstOfDay()) {
                dayOpen[s] = start[s];
            }
        }
    }

    /** The hour's close enters the indicators. */
    void closeHour() {
        for (int s = 0; s < tickers.length; s++) {
            double p = end[s];
            emaFast[s] += (p - emaFast[s]) * 2 / 21.0;
            emaSlow[s] += (p - emaSlow[s]) * 2 / 51.0;
            double change = p - start[s];
            avgGain[s] = (avgGain[s] * 13 + Math.max(change, 0)) / 14;
            avgLoss[s] = (avgLoss[s] * 13 + Math.max(-change, 0)) / 14;
        }
    }

    /** The price at a point of the hour (0 = its start, 1 = its end), in cents. */
    double priceAt(int s, double fraction) {
        return cents(start[s] * Math.exp(Math.log(end[s] / start[s]) * fraction));
    }

    double close(int s) {
        return cents(end[s]);
    }

    double exactClose(int s) {
        return end[s];
    }

    double maFast(int s) {
        return emaFast[s];
    }

    double maSlow(int s) {
        return emaSlow[s];
    }

    double rsi(int s) {
        return avgLoss[s] == 0 ? 100 : 100 - 100 / (1 + avgGain[s] / avgLoss[s]);
    }

    /** Percent change since the day's first price. */
    double dayChangePct(int s, double price) {
        return (price / dayOpen[s] - 1) * 100;
    }

    /** Typical one-hour move as a fraction of the price. */
    double hourlySigma(int s) {
        return sigma[s];
    }

    /** The symbol's current headline, or the market's, or null. */
    String news(int s) {
        return news[s] != null ? news[s] : macro;
    }

    /** +1 good, -1 bad, 0 no news. */
    double newsTone(int s) {
        if (news[s] != null) {
            return newsTone[s];
        }
        return macro != null ? macroTone * 0.5 : 0;
    }

    static double cents(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
