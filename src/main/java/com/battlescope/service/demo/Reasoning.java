package com.battlescope.service.demo;

/**
 * The reasoning text of a demo decision, the way LLM traders write it: the setup, the indicators it looked at
 * (price, RSI, moving averages), the news, and the risk plan. Built with plain appends: millions are written.
 */
final class Reasoning {
    enum Kind { OPEN_LONG, OPEN_SHORT, HOLD_FLAT, HOLD_POSITION, CLOSE_STOP, CLOSE_TARGET, CLOSE_SIGNAL, CLOSE_EOD }

    private final StringBuilder sb = new StringBuilder(512);
    private final Rng rng;

    Reasoning(Rng rng) {
        this.rng = rng;
    }

    String write(Kind kind, TradingStyle style, Market m, int s, double price, Position pos, double stop,
                 double take) {
        sb.setLength(0);
        String t = m.ticker(s);
        lead(kind, style, t, m, s, price, pos);
        sb.append(' ');
        indicators(m, s, price);
        String news = m.news(s);
        if (news != null && rng.chance(0.7)) {
            switch (rng.nextInt(3)) {
                case 0 -> sb.append(" News: ").append(news).append('.');
                case 1 -> sb.append(" Headline risk: ").append(news).append(", which ")
                        .append(m.newsTone(s) > 0 ? "supports" : "weighs on").append(" the tape.");
                default -> sb.append(" Factoring in ").append(news).append('.');
            }
        }
        if (kind == Kind.OPEN_LONG || kind == Kind.OPEN_SHORT) {
            risk(stop, take);
        } else if (kind == Kind.HOLD_POSITION) {
            sb.append(" Stop stays at $");
            money(pos.stop());
            sb.append(", target $");
            money(pos.take());
            sb.append('.');
        }
        if (rng.chance(0.02)) {
            chainOfThought(t, m, s, price);
        }
        return sb.toString();
    }

    private void lead(Kind kind, TradingStyle style, String t, Market m, int s, double price, Position pos) {
        switch (kind) {
            case OPEN_LONG -> {
                switch (rng.nextInt(4)) {
                    case 0 -> sb.append(t).append(" at $");
                    case 1 -> sb.append("Going long ").append(t).append(" near $");
                    case 2 -> sb.append("Buying ").append(t).append(" at $");
                    default -> sb.append("Opening a long in ").append(t).append(" at $");
                }
                money(price);
                sb.append(": ").append(bullCase(style)).append('.');
            }
            case OPEN_SHORT -> {
                switch (rng.nextInt(3)) {
                    case 0 -> sb.append("Shorting ").append(t).append(" at $");
                    case 1 -> sb.append("Opening a short in ").append(t).append(" at $");
                    default -> sb.append(t).append(" looks heavy at $");
                }
                money(price);
                sb.append(": ").append(bearCase(style)).append('.');
            }
            case HOLD_FLAT -> {
                switch (rng.nextInt(4)) {
                    case 0 -> sb.append("No clear edge in ").append(t).append(" at $");
                    case 1 -> sb.append("Staying flat on ").append(t).append(" at $");
                    case 2 -> sb.append("Watching ").append(t).append(" at $");
                    default -> sb.append("Holding off on ").append(t).append(" at $");
                }
                money(price);
                sb.append(rng.chance(0.5) ? "; waiting for confirmation." : "; the setup is not there yet.");
            }
            case HOLD_POSITION -> {
                sb.append("Keeping the ").append(pos.direction()).append(" in ").append(t).append(" (entry $");
                money(pos.entryPrice());
                sb.append(", now $");
                money(price);
                sb.append(", ");
                signedPct((pos.isLong() ? price / pos.entryPrice() - 1 : 1 - price / pos.entryPrice()) * 100);
                sb.append(rng.chance(0.5) ? "); the thesis is intact." : "); no reason to exit yet.");
            }
            case CLOSE_STOP -> {
                sb.append("Stop-loss hit on ").append(t).append(": $");
                money(price);
                sb.append(" breached the stop at $");
                money(pos.stop());
                sb.append(". Closing the ").append(pos.direction()).append(" to cut the loss.");
            }
            case CLOSE_TARGET -> {
                sb.append("Take-profit reached on ").append(t).append(" at $");
                money(price);
                sb.append(" (target $");
                money(pos.take());
                sb.append("). Locking in the gain.");
            }
            case CLOSE_SIGNAL -> {
                sb.append(rng.chance(0.5) ? "Closing the " : "Exiting the ").append(pos.direction()).append(" in ")
                        .append(t).append(" at $");
                money(price);
                sb.append(rng.chance(0.5) ? ": the signal has turned against the position." : ": momentum faded.");
            }
            case CLOSE_EOD -> {
                sb.append("End of session: flattening ").append(t).append(" at $");
                money(price);
                sb.append(" rather than carry risk overnight.");
            }
        }
    }

    private String bullCase(TradingStyle style) {
        return switch (style) {
            case MOMENTUM -> rng.chance(0.5) ? "trend and momentum both point up" : "higher highs on rising volume";
            case MEAN_REVERSION -> rng.chance(0.5) ? "oversold and stretched below its average"
                    : "the pullback looks overdone";
            case BREAKOUT -> rng.chance(0.5) ? "it cleared resistance" : "a breakout from a tight range";
            case INTRADAY -> "intraday strength above VWAP";
            case NEWS -> "the news flow is supportive";
            case CAUTIOUS -> "a steady uptrend with limited downside";
        };
    }

    private String bearCase(TradingStyle style) {
        return switch (style) {
            case MOMENTUM -> "the trend has rolled over";
            case MEAN_REVERSION -> rng.chance(0.5) ? "overbought and stretched above its average"
                    : "the rally looks exhausted";
            case BREAKOUT -> "support just gave way";
            case INTRADAY -> "intraday weakness below VWAP";
            case NEWS -> "the headlines are negative";
            case CAUTIOUS -> "the downtrend is intact";
        };
    }

    private void indicators(Market m, int s, double price) {
        double rsi = m.rsi(s);
        switch (rng.nextInt(4)) {
            case 0 -> {
                sb.append("RSI(14) ");
                one(rsi);
                sb.append(rsi > 70 ? " (overbought)" : rsi < 30 ? " (oversold)" : "")
                        .append(", price ").append(price >= m.maFast(s) ? "above" : "below").append(" the MA20 ($");
                money(m.maFast(s));
                sb.append(").");
            }
            case 1 -> {
                sb.append("MA20 $");
                money(m.maFast(s));
                sb.append(m.maFast(s) >= m.maSlow(s) ? " over" : " under").append(" MA50 $");
                money(m.maSlow(s));
                sb.append(", RSI ");
                one(rsi);
                sb.append('.');
            }
            case 2 -> {
                sb.append("Day change ");
                signedPct(m.dayChangePct(s, price));
                sb.append("; RSI ");
                one(rsi);
                sb.append(", 50-period average at $");
                money(m.maSlow(s));
                sb.append('.');
            }
            default -> {
                sb.append("Technicals: RSI ");
                one(rsi);
                sb.append(", ");
                signedPct((price / m.maSlow(s) - 1) * 100);
                sb.append(" vs the MA50.");
            }
        }
    }

    private void risk(double stop, double take) {
        switch (rng.nextInt(3)) {
            case 0 -> {
                sb.append(" Stop $");
                money(stop);
                sb.append(", target $");
                money(take);
                sb.append('.');
            }
            case 1 -> {
                sb.append(" Risk is defined: stop-loss at $");
                money(stop);
                sb.append(", take-profit at $");
                money(take);
                sb.append('.');
            }
            default -> {
                sb.append(" Sizing normally with a stop at $");
                money(stop);
                sb.append(" and a target at $");
                money(take);
                sb.append('.');
            }
        }
    }

    private void chainOfThought(String t, Market m, int s, double price) {
        sb.append("\n\nStep by step:\n1. Trend: MA20 $");
        money(m.maFast(s));
        sb.append(" vs MA50 $");
        money(m.maSlow(s));
        sb.append(".\n2. Momentum: RSI ");
        one(m.rsi(s));
        sb.append(".\n3. Price action in ").append(t).append(": $");
        money(price);
        sb.append(", ");
        signedPct(m.dayChangePct(s, price));
        sb.append(" today.\n4. Portfolio risk stays within limits; correlation with other holdings considered.");
    }

    private void money(double v) {
        long cents = Math.round(v * 100);
        sb.append(cents / 100).append('.');
        long c = Math.abs(cents % 100);
        sb.append((char) ('0' + c / 10)).append((char) ('0' + c % 10));
    }

    private void one(double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10).append('.').append((char) ('0' + tenths % 10));
    }

    private void signedPct(double pct) {
        if (pct >= 0) {
            sb.append('+');
        }
        long hundredths = Math.round(pct * 100);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100).append('.');
        long c = hundredths % 100;
        sb.append((char) ('0' + c / 10)).append((char) ('0' + c % 10)).append(" %");
    }
}
