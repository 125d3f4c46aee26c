package com.battlescope.model;

import java.util.Locale;

/** The decision kinds of the contract, with UNKNOWN for any other text found in a file. */
public enum DecisionType {
    BUY, SELL, HOLD, CLOSE, UNKNOWN;

    public static DecisionType fromText(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "buy" -> BUY;
            case "sell" -> SELL;
            case "hold" -> HOLD;
            case "close" -> CLOSE;
            default -> UNKNOWN;
        };
    }

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
