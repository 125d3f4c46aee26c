package com.battlescope.model;

/**
 * One round trip of {@code trade_log}. {@code direction} ('long'/'short') and {@code exitReason}
 * are kept as the text stored, so unknown values survive; {@code createdAt} is UTC.
 */
public record Trade(Long id, String modelId, String symbol, String direction, double entryPrice, Stamp entryTime,
                    int shares, double exitPrice, Stamp exitTime, String exitReason, double realizedPnl,
                    double realizedPnlPct, String strategy, Stamp createdAt) {

    public boolean isWinner() {
        return realizedPnl > 0;
    }

    public boolean isLoser() {
        return realizedPnl < 0;
    }

    public boolean isLong() {
        return "long".equalsIgnoreCase(direction);
    }
}
