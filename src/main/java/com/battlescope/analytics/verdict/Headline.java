package com.battlescope.analytics.verdict;

import java.util.List;
import java.util.Locale;

/** The verdict in one plain sentence. */
final class Headline {
    private Headline() {
    }

    static String of(String leader, List<ModelVerdict> models, List<PairVerdict> pairs, List<String> best,
                     double alpha) {
        if (models.size() == 1) {
            return "Only one model (" + leader + "): there is nothing to compare it with.";
        }
        int hours = pairs.stream().mapToInt(PairVerdict::n).max().orElse(0);
        String after = " after " + count(hours) + " hourly returns (Holm, " + percent(alpha) + ")";
        long significant = pairs.stream().filter(p -> p.winner() != null).count();
        if (significant == 0) {
            return "No model is significantly better than another" + after + "; " + needed(leader, models) + ".";
        }
        long beaten = pairs.stream().filter(p -> leader.equals(p.winner())).count();
        int others = models.size() - 1;
        if (beaten == others) {
            return leader + " is significantly better than every other model" + after + ".";
        }
        String set = String.join(", ", best.stream().filter(m -> !m.equals(leader)).toList());
        if (beaten == 0) {
            return leader + " leads but is not significantly better than any other model" + after + "; "
                    + significant + " of " + pairs.size() + " pairs differ.";
        }
        return leader + " leads and is significantly better than " + beaten + " of " + others + " models" + after
                + "; it cannot be told apart from " + set + ".";
    }

    /** How far the leader's Sharpe is from being significant on its own (MinTRL at 95 %). */
    private static String needed(String leader, List<ModelVerdict> models) {
        ModelVerdict m = models.stream().filter(x -> x.modelId().equals(leader)).findFirst().orElseThrow();
        if (m.minTrackRecord() == null) {
            return "the leader " + leader + " does not even have a positive Sharpe ratio";
        }
        double more = Math.ceil(m.minTrackRecord() - m.nReturns());
        if (more <= 0) {
            return leader + "'s own Sharpe ratio is significant (PSR ≥ 95 %), but not its lead over the others";
        }
        return count(more) + " more returns would be needed for " + leader + "'s Sharpe to be significant";
    }

    /** 1,234 below ten thousand, else thousands: 2,681k. */
    static String count(double n) {
        if (n >= 1e10) {
            return String.format(Locale.ROOT, "%,.0fM", n / 1e6);
        }
        if (n >= 10_000) {
            return String.format(Locale.ROOT, "%,.0fk", n / 1000);
        }
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    static String percent(double alpha) {
        String s = String.format(Locale.ROOT, "%.2f", alpha * 100).replaceAll("\\.?0+$", "");
        return s + " %";
    }
}
