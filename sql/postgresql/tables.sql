-- BattleScope: one battle in one PostgreSQL schema (several battles per database, one schema each).
-- The three SQLite databases of a battle folder (metrics_timeseries.db, leaderboard.db, decisions.db) become the
-- tables of one schema, with the engine's names and columns (see sql/data-contract.md). Run with search_path set
-- to the battle's schema; `migrate` does that, creates the month partitions and then runs indexes.sql.
--
-- Types: every time and date column is TEXT exactly as the engine wrote it (offsets, microseconds or none, a date
-- alone, 'T' and 'Z'), so that every reader shows and compares what SQLite holds. Text columns use the "C"
-- collation: comparisons and ORDER BY are byte-wise, as SQLite's BINARY, whatever the database's locale.
-- REAL is double precision, INTEGER bigint, the engine's BOOLEAN (1/0) integer. The engine's CHECKs are not
-- repeated: the server holds what the folder held.
-- hourly_snapshots and decision_log are range-partitioned by month on the time text ('2025-03' <= t < '2025-04');
-- a DEFAULT partition takes times of other forms (legacy epoch numbers). The primary key includes the partition key.
-- decision_log.jd is derived: SQLite's julianday(timestamp), the instant (UTC) of the time as written, computed by
-- SQLite when the row is copied, so time differences in comparisons are bit for bit the folder's.
-- decision_log.reasoning_words is derived too: the reasoning's words with positions, split and folded as a folder's
-- FTS5 search index (unicode61) does, computed by BattleScope when it copies the row; the GIN full-text index is on
-- it (building it from stored words is about three times faster than parsing 4 million texts on the server, and the
-- search reads the typed text alike: see ReasoningWords).

CREATE TABLE hourly_snapshots (
    id bigint NOT NULL,
    model_id text COLLATE "C" NOT NULL,
    "timestamp" text COLLATE "C" NOT NULL,
    equity double precision,
    cash double precision,
    positions_value double precision,
    positions_count bigint,
    PRIMARY KEY (id, "timestamp")
) PARTITION BY RANGE ("timestamp");

CREATE TABLE daily_summaries (
    id bigint PRIMARY KEY,
    model_id text COLLATE "C" NOT NULL,
    date text COLLATE "C" NOT NULL,
    opening_equity double precision,
    closing_equity double precision,
    high_equity double precision,
    low_equity double precision,
    daily_pnl double precision,
    daily_return_pct double precision,
    trades_opened bigint,
    trades_closed bigint,
    max_drawdown_pct double precision,
    sharpe_ratio double precision
);

CREATE TABLE weekly_summaries (
    id bigint PRIMARY KEY,
    model_id text COLLATE "C" NOT NULL,
    week_start text COLLATE "C" NOT NULL,
    week_end text COLLATE "C",
    starting_equity double precision,
    ending_equity double precision,
    weekly_return_pct double precision,
    total_trades bigint,
    winning_trades bigint,
    losing_trades bigint,
    win_rate double precision,
    sharpe_ratio double precision,
    max_drawdown_pct double precision
);

CREATE TABLE monthly_summaries (
    id bigint PRIMARY KEY,
    model_id text COLLATE "C" NOT NULL,
    year bigint NOT NULL,
    month bigint NOT NULL,
    starting_equity double precision,
    ending_equity double precision,
    monthly_return_pct double precision,
    total_trades bigint,
    winning_trades bigint,
    losing_trades bigint,
    win_rate double precision,
    profit_factor double precision,
    sharpe_ratio double precision,
    max_drawdown_pct double precision
);

CREATE TABLE trade_log (
    id bigint PRIMARY KEY,
    model_id text COLLATE "C" NOT NULL,
    symbol text COLLATE "C" NOT NULL,
    direction text COLLATE "C",
    entry_price double precision,
    entry_time text COLLATE "C",
    shares bigint,
    exit_price double precision,
    exit_time text COLLATE "C",
    exit_reason text COLLATE "C",
    realized_pnl double precision,
    realized_pnl_pct double precision,
    strategy text COLLATE "C",
    created_at text COLLATE "C"
);

CREATE TABLE decision_log (
    id bigint NOT NULL,
    model_id text COLLATE "C" NOT NULL,
    symbol text COLLATE "C" NOT NULL,
    decision text COLLATE "C" NOT NULL,
    reasoning text COLLATE "C" NOT NULL,
    confidence double precision,
    "timestamp" text COLLATE "C" NOT NULL,
    current_price double precision,
    position_size double precision,
    entry_price double precision,
    stop_loss double precision,
    take_profit double precision,
    direction text COLLATE "C",
    executed integer NOT NULL DEFAULT 0,
    execution_price double precision,
    execution_time text COLLATE "C",
    execution_status text COLLATE "C",
    jd double precision,
    reasoning_words tsvector,
    PRIMARY KEY (id, "timestamp")
) PARTITION BY RANGE ("timestamp");

CREATE TABLE leaderboard_snapshots (
    id bigint PRIMARY KEY,
    model_id text COLLATE "C" NOT NULL,
    timeframe text COLLATE "C" NOT NULL,
    snapshot_time text COLLATE "C" NOT NULL,
    rank bigint NOT NULL,
    total_return_pct double precision,
    total_return_dollars double precision,
    current_equity double precision,
    sharpe_ratio double precision,
    max_drawdown_pct double precision,
    total_trades bigint,
    win_rate double precision,
    profit_factor double precision,
    open_positions_count bigint,
    total_exposure_pct double precision
);

CREATE TABLE current_standings (
    model_id text COLLATE "C" PRIMARY KEY,
    total_return_pct double precision,
    total_return_dollars double precision,
    current_equity double precision,
    sharpe_ratio double precision,
    max_drawdown_pct double precision,
    total_trades bigint,
    win_rate double precision,
    profit_factor double precision,
    open_positions_count bigint,
    total_exposure_pct double precision,
    last_updated text COLLATE "C"
);

CREATE TABLE hourly_snapshots_other PARTITION OF hourly_snapshots DEFAULT;
CREATE TABLE decision_log_other PARTITION OF decision_log DEFAULT;
-- the mark that the word lists hold "^" and the first word at position 1 (ReasoningWords.withFirstToken): a "^word"
-- search is then one GIN lookup; a schema without it (copied by an earlier BattleScope) tests each candidate instead
COMMENT ON COLUMN decision_log.reasoning_words IS 'battlescope:first-token';

CREATE VIEW rank_history AS
SELECT model_id, timeframe, snapshot_time, rank, total_return_pct,
       LAG(rank) OVER (PARTITION BY model_id, timeframe ORDER BY snapshot_time) AS previous_rank,
       rank - LAG(rank) OVER (PARTITION BY model_id, timeframe ORDER BY snapshot_time) AS rank_change
FROM leaderboard_snapshots
ORDER BY snapshot_time DESC;

CREATE VIEW top_performers AS
SELECT ls.model_id, ls.timeframe, ls.rank, ls.total_return_pct, ls.sharpe_ratio,
       ls.max_drawdown_pct, ls.snapshot_time
FROM leaderboard_snapshots ls
INNER JOIN (SELECT timeframe, MAX(snapshot_time) AS latest_time
            FROM leaderboard_snapshots GROUP BY timeframe) latest
  ON ls.timeframe = latest.timeframe AND ls.snapshot_time = latest.latest_time
WHERE ls.rank <= 10
ORDER BY ls.timeframe, ls.rank;
