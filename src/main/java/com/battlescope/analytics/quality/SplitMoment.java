package com.battlescope.analytics.quality;

import com.battlescope.model.Stamp;
import java.util.List;

/**
 * A comparison moment where at least one model said buy and another sell.
 *
 * @param time  the moment's time as the decision comparison shows it (its first decision's)
 * @param move  the moment's forward return (its earliest decision with one), or null
 * @param takes the models that took a side, by model id
 */
public record SplitMoment(String symbol, Stamp time, int buyers, int sellers, Double move, List<Take> takes) {
    public SplitMoment {
        takes = List.copyOf(takes);
    }

    /** One model's side at the moment and its own signed forward return (null without a forward price). */
    public record Take(String modelId, int side, Double signedReturn) {
        public boolean right() {
            return signedReturn != null && signedReturn > 0;
        }
    }

    /** +1 when more models bought, -1 when more sold, 0 on a tie. */
    public int majoritySide() {
        return Integer.signum(buyers - sellers);
    }

    /** Whether the majority's side had a positive signed move; null on a tie or without a move. */
    public Boolean majorityRight() {
        if (majoritySide() == 0 || move == null) {
            return null;
        }
        return majoritySide() * move > 0;
    }

    /** Whether the minority's side had a positive signed move; null on a tie or without a move. */
    public Boolean minorityRight() {
        if (majoritySide() == 0 || move == null) {
            return null;
        }
        return -majoritySide() * move > 0;
    }
}
