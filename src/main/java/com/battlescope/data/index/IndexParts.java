package com.battlescope.data.index;

import java.util.List;

/** The parts every battle index is made of (register a new {@link IndexPart} here). */
public final class IndexParts {
    public static final List<IndexPart> ALL = List.of(new DecisionIndexPart(), new CurveIndexPart());

    private IndexParts() {
    }
}
