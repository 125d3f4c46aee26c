package com.battlescope.service.demo;

/** A demo model: its character (style, skill, boldness) and its paper portfolio. */
final class Trader {
    final String id;
    final TradingStyle style;
    /** How well the model reads the rest of the hour, from -0.35 (worse than chance) to 0.3. */
    final double skill;
    /** Scales position sizes. */
    final double boldness;
    final double confidenceBias;
    final double initialCapital;
    final Position[] positions;
    double cash;
    /** Equity at the latest snapshot: what position sizes are based on. */
    double lastEquity;

    Trader(String id, int index, long seed, int symbols, double initialCapital) {
        this.id = id;
        this.style = TradingStyle.forModel(index);
        Rng character = new Rng(seed * 1_000_003L + index);
        this.skill = character.uniform(-0.35, 0.3);
        this.boldness = character.uniform(0.6, 1.4);
        this.confidenceBias = character.uniform(-8, 8);
        this.initialCapital = initialCapital;
        this.cash = initialCapital;
        this.lastEquity = initialCapital;
        this.positions = new Position[symbols];
    }

    /** Cash plus every position marked at the given prices. */
    double equity(double[] prices) {
        return cash + positionsValue(prices);
    }

    double positionsValue(double[] prices) {
        double v = 0;
        for (int s = 0; s < positions.length; s++) {
            if (positions[s] != null) {
                v += positions[s].value(prices[s]);
            }
        }
        return v;
    }

    int openPositions() {
        int n = 0;
        for (Position p : positions) {
            if (p != null) {
                n++;
            }
        }
        return n;
    }
}
