package com.battlescope.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How often models agree: per model pair over comparison pairs, and consensus vs dissent over moments. */
public final class Agreement {

    /** @param agreementPct same / pairs x 100; null without pairs */
    public record PairAgreement(String model1Id, String model2Id, int pairs, int same, Double agreementPct) {
    }

    /** Moments where at least two models decided, split into unanimous and not. */
    public record MomentConsensus(int moments, int contested, int consensus, int dissent, Double consensusPct) {
    }

    private Agreement() {
    }

    /** One line per model pair present, ordered by model ids; "same" compares decision kinds. */
    public static List<PairAgreement> byModelPair(List<ComparisonPair> pairs) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String[]> names = new TreeMap<>();
        for (ComparisonPair p : pairs) {
            String key = p.model1Id() + '\u0000' + p.model2Id();
            names.putIfAbsent(key, new String[] {p.model1Id(), p.model2Id()});
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (p.first().type() == p.second().type()) {
                c[1]++;
            }
        }
        List<PairAgreement> out = new ArrayList<>();
        counts.forEach((key, c) -> out.add(new PairAgreement(names.get(key)[0], names.get(key)[1], c[0], c[1],
                c[0] == 0 ? null : c[1] * 100.0 / c[0])));
        return out;
    }

    public static MomentConsensus overMoments(List<Moment> moments) {
        int consensus = (int) moments.stream().filter(Moment::consensus).count();
        int dissent = (int) moments.stream().filter(Moment::dissent).count();
        int contested = consensus + dissent;
        return new MomentConsensus(moments.size(), contested, consensus, dissent,
                contested == 0 ? null : consensus * 100.0 / contested);
    }
}
