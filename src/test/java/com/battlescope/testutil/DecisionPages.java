package com.battlescope.testutil;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import java.util.ArrayList;
import java.util.List;

/** Walks the decision log's pages as the Decisions view does (keyset, newest first). */
public final class DecisionPages {
    private DecisionPages() {
    }

    /** Every id the filter gives, page by page ({@code size} rows each), newest first. */
    public static List<Long> allIds(Battle battle, DecisionFilter f, int size) {
        List<Long> ids = new ArrayList<>();
        Decision after = null;
        while (true) {
            List<Decision> page = battle.decisionPage(f, after, size);
            page.forEach(d -> ids.add(d.id()));
            if (page.size() < size) {
                return ids;
            }
            after = page.get(page.size() - 1);
        }
    }
}
