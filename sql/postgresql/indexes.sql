-- BattleScope: the data contract's indexes on a battle schema (after tables.sql and the data: building an index
-- once is faster than keeping it up to date row by row). On the partitioned tables each index is a partitioned
-- index: one per month partition, and new partitions get theirs automatically. migrate builds the partitions'
-- indexes on two connections at once and attaches them (CREATE INDEX ... ON ONLY, ALTER INDEX ... ATTACH PARTITION).

CREATE UNIQUE INDEX hourly_snapshots_model_time_key ON hourly_snapshots (model_id, "timestamp");
CREATE INDEX idx_hourly_model_time ON hourly_snapshots (model_id, "timestamp" DESC);
CREATE INDEX idx_hourly_timestamp ON hourly_snapshots ("timestamp" DESC);

CREATE UNIQUE INDEX daily_summaries_model_date_key ON daily_summaries (model_id, date);
CREATE INDEX idx_daily_model_date ON daily_summaries (model_id, date DESC);
CREATE INDEX idx_daily_date ON daily_summaries (date DESC);

CREATE INDEX idx_trade_model_time ON trade_log (model_id, exit_time DESC);
CREATE INDEX idx_trade_symbol ON trade_log (symbol, exit_time DESC);
CREATE INDEX idx_trade_exit_time ON trade_log (exit_time DESC);

CREATE INDEX idx_decision_model_time ON decision_log (model_id, "timestamp" DESC);
CREATE INDEX idx_decision_symbol_time ON decision_log (symbol, "timestamp" DESC);
CREATE INDEX idx_decision_model_symbol ON decision_log (model_id, symbol, "timestamp" DESC);
CREATE INDEX idx_decision_executed ON decision_log (executed, "timestamp" DESC);
CREATE INDEX idx_decision_timestamp ON decision_log ("timestamp" DESC);
-- speed-up indexes beside the contract's: the decisions that act (buy, sell, close; 2-3 % of a log, "hold" is the
-- rest) by model or symbol and decision, so that a page filtered on an action reads its own rows instead of walking
-- a model's or symbol's every decision (4.2 million decisions: 41-68 ms a page before, under 10 ms with them; each
-- builds in about 0.8 s). The pages name the predicate ("decision <> 'hold'", DecisionMapper's filters) so that a
-- generic plan of the prepared statement can use them.
CREATE INDEX idx_decision_model_actions ON decision_log (model_id, decision, "timestamp" DESC) WHERE decision <> 'hold';
CREATE INDEX idx_decision_symbol_actions ON decision_log (symbol, decision, "timestamp" DESC) WHERE decision <> 'hold';
-- reasoning search: the words of the reasoning in a GIN full-text index; a search's candidates come from it and are
-- confirmed against the text (see DecisionMapper's getDecisionPageWords)
CREATE INDEX idx_decision_reasoning_words ON decision_log USING gin (reasoning_words);

CREATE UNIQUE INDEX weekly_summaries_model_week_key ON weekly_summaries (model_id, week_start);
CREATE INDEX idx_weekly_model_week ON weekly_summaries (model_id, week_start DESC);

CREATE UNIQUE INDEX monthly_summaries_model_month_key ON monthly_summaries (model_id, year, month);
CREATE INDEX idx_monthly_model_year_month ON monthly_summaries (model_id, year DESC, month DESC);

CREATE UNIQUE INDEX leaderboard_snapshots_key ON leaderboard_snapshots (model_id, timeframe, snapshot_time);
CREATE INDEX idx_leaderboard_timeframe_time ON leaderboard_snapshots (timeframe, snapshot_time DESC);
CREATE INDEX idx_leaderboard_model_timeframe ON leaderboard_snapshots (model_id, timeframe, snapshot_time DESC);
CREATE INDEX idx_leaderboard_rank ON leaderboard_snapshots (timeframe, rank, snapshot_time DESC);

CREATE INDEX idx_standings_return ON current_standings (total_return_pct DESC);
CREATE INDEX idx_standings_sharpe ON current_standings (sharpe_ratio DESC);
