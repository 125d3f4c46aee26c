package com.battlescope.model;

/**
 * Filters of the decision log; null fields do not filter. {@code text} is matched in the reasoning
 * (LIKE, or when the index exists an FTS5 query, read as one quoted phrase prefix when it is not valid FTS5
 * syntax); times are inclusive text bounds.
 */
public record DecisionFilter(String modelId, String symbol, String decision, Boolean executed, String text,
                             String from, String to) {

    public static DecisionFilter none() {
        return new DecisionFilter(null, null, null, null, null, null, null);
    }

    public DecisionFilter withText(String newText) {
        return new DecisionFilter(modelId, symbol, decision, executed, newText, from, to);
    }

    /** {@link #text} as one FTS5 phrase prefix ({@code "stop-loss"*}): what the user typed, no query syntax. */
    public String ftsPhrase() {
        return "\"" + text.replace("\"", "\"\"") + "\"*";
    }

    /** The LIKE pattern for {@link #text}, with LIKE's own wildcards escaped by backslash. */
    public String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
