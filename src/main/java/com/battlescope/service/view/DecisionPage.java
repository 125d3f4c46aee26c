package com.battlescope.service.view;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One keyset page of the decision log, newest first. {@code starts} holds the cursor of every page up to
 * this one (null for the first), so going back re-runs the previous page's query instead of an OFFSET.
 *
 * @param models  the models shown (empty = all)
 * @param hasNext true when older rows follow this page
 */
public record DecisionPage(DecisionFilter filter, List<String> models, int pageSize, List<Decision> rows,
                           boolean hasNext, List<Decision> starts) {
    public DecisionPage {
        models = List.copyOf(models);
        rows = List.copyOf(rows);
        starts = Collections.unmodifiableList(new ArrayList<>(starts));
    }

    /** 1 for the first page. */
    public int number() {
        return starts.size();
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    /** Position of the first row in the whole filtered log, 1-based (0 for an empty page). */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (number() - 1) * pageSize + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }
}
