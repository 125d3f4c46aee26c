package com.battlescope.model;

/**
 * Filters of the decision log; null fields do not filter. {@code text} is matched in the reasoning
 * (LIKE, or an FTS5 query when the index exists); times are inclusive text bounds.
 */
public record DecisionFilter(String modelId, String symbol, String decision, Boolean executed, String text,
                             String from, String to) {

    public static DecisionFilter none() {
        return new DecisionFilter(null, null, null, null, null, null, null);
    }

    /** The LIKE pattern for {@link #text}, with LIKE's own wildcards escaped by backslash. */
    public String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
