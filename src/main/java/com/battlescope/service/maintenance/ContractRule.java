package com.battlescope.service.maintenance;

import java.util.List;

/**
 * A row-level rule of the data contract: rows of {@code table} matching {@code violation} (an SQL condition) break it.
 * The CHECK constraints of the engine's schema enforce most of these, but files written without them, or with
 * {@code PRAGMA ignore_check_constraints}, may hold such rows.
 *
 * @param key the column that names a row in reports ({@code id}, or {@code model_id} for standings)
 */
record ContractRule(String table, String key, String name, String violation) {
    private static final String TIME_FORM = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*";

    static final List<ContractRule> ALL = List.of(
            rule("hourly_snapshots", "equity <= 0", "equity IS NULL OR equity <= 0"),
            rule("hourly_snapshots", "cash < 0", "cash < 0"),
            rule("hourly_snapshots", "positions_value < 0", "positions_value < 0"),
            rule("hourly_snapshots", "positions_count < 0", "positions_count < 0"),
            time("hourly_snapshots", "timestamp"),
            rule("daily_summaries", "an equity <= 0",
                    "opening_equity <= 0 OR closing_equity <= 0 OR high_equity <= 0 OR low_equity <= 0"),
            rule("daily_summaries", "high_equity < low_equity", "high_equity < low_equity"),
            rule("daily_summaries", "trade count < 0", "trades_opened < 0 OR trades_closed < 0"),
            rule("weekly_summaries", "an equity <= 0", "starting_equity <= 0 OR ending_equity <= 0"),
            rule("weekly_summaries", "trade count < 0", "total_trades < 0 OR winning_trades < 0 OR losing_trades < 0"),
            rule("monthly_summaries", "month outside 1..12", "month < 1 OR month > 12"),
            rule("monthly_summaries", "an equity <= 0", "starting_equity <= 0 OR ending_equity <= 0"),
            rule("trade_log", "direction not long/short", "direction IS NULL OR direction NOT IN ('long', 'short')"),
            rule("trade_log", "a price <= 0", "entry_price <= 0 OR exit_price <= 0"),
            rule("trade_log", "shares <= 0", "shares <= 0"),
            rule("trade_log", "unknown exit_reason",
                    "exit_reason IS NULL OR exit_reason NOT IN ('stop_loss', 'take_profit', 'manual', 'eod_close')"),
            time("trade_log", "entry_time"),
            time("trade_log", "exit_time"),
            rule("decision_log", "unknown decision text",
                    "decision IS NULL OR decision NOT IN ('buy', 'sell', 'hold', 'close')"),
            rule("decision_log", "confidence outside 0..100", "confidence < 0 OR confidence > 100"),
            rule("decision_log", "a price <= 0",
                    "current_price <= 0 OR entry_price <= 0 OR stop_loss <= 0 OR take_profit <= 0 "
                            + "OR execution_price <= 0"),
            rule("decision_log", "position_size < 0", "position_size < 0"),
            rule("decision_log", "direction not long/short", "direction IS NOT NULL AND direction NOT IN ('long', 'short')"),
            rule("decision_log", "executed not 0/1", "executed IS NULL OR executed NOT IN (0, 1)"),
            rule("decision_log", "unknown execution_status", "execution_status IS NOT NULL "
                    + "AND execution_status NOT IN ('filled', 'rejected', 'pending', 'cancelled')"),
            time("decision_log", "timestamp"),
            rule("leaderboard_snapshots", "unknown timeframe",
                    "timeframe IS NULL OR timeframe NOT IN ('daily', 'weekly', 'monthly', 'all_time')"),
            rule("leaderboard_snapshots", "rank < 1", "rank IS NULL OR rank < 1"),
            rule("leaderboard_snapshots", "current_equity <= 0", "current_equity IS NULL OR current_equity <= 0"),
            rule("leaderboard_snapshots", "a count or exposure < 0",
                    "total_trades < 0 OR open_positions_count < 0 OR total_exposure_pct < 0"),
            rule("leaderboard_snapshots", "two models share a rank", "id IN (SELECT l.id FROM leaderboard_snapshots l "
                    + "JOIN (SELECT timeframe, snapshot_time, rank FROM leaderboard_snapshots "
                    + "GROUP BY timeframe, snapshot_time, rank HAVING COUNT(*) > 1) d "
                    + "ON l.timeframe = d.timeframe AND l.snapshot_time = d.snapshot_time AND l.rank = d.rank)"),
            time("leaderboard_snapshots", "snapshot_time"),
            new ContractRule("current_standings", "model_id", "current_equity <= 0",
                    "current_equity IS NULL OR current_equity <= 0"),
            new ContractRule("current_standings", "model_id", "a count or exposure < 0",
                    "total_trades < 0 OR open_positions_count < 0 OR total_exposure_pct < 0"),
            new ContractRule("current_standings", "model_id", "win_rate outside 0..100", "win_rate < 0 OR win_rate > 100"));

    /**
     * The violation in PostgreSQL's SQL (a server battle): the same condition, but a time's form is matched with a
     * regular expression (every column of a time is text there, so typeof has nothing to tell).
     */
    String serverViolation() {
        if (name.endsWith(" not a text time")) {
            String column = name.substring(0, name.indexOf(' '));
            String quoted = "\"" + column + "\"";
            return quoted + " IS NULL OR " + quoted + " !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'";
        }
        return violation;
    }

    private static ContractRule rule(String table, String name, String violation) {
        return new ContractRule(table, "id", name, violation);
    }

    /** Times must be text starting with a date, as the engine writes them (legacy epoch numbers are flagged). */
    private static ContractRule time(String table, String column) {
        return rule(table, column + " not a text time", column + " IS NULL OR typeof(" + column + ") <> 'text' OR "
                + column + " NOT GLOB '" + TIME_FORM + "'");
    }
}
