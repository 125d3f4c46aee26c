package com.battlescope.service.demo;

import com.battlescope.data.LeaderboardMapper;
import com.battlescope.data.SnapshotMapper;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.data.SummaryMapper;
import com.battlescope.data.TradeMapper;
import com.battlescope.model.DailySummary;
import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import com.battlescope.model.WeeklySummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.ibatis.session.SqlSession;

/**
 * Writes a new battle in chunks: one transaction per {@value #CHUNK} rows of a table, MyBatis batch sessions
 * through the mappers for every table but decision_log, which takes plain prepared-statement batches on a
 * {@link DecisionWriter} thread.
 */
final class BulkWriter implements DemoSink, AutoCloseable {
    static final int CHUNK = 50_000;

    private final SqliteDatabase metrics;
    private final SqliteDatabase leaderboard;
    private final TableCounts counts = new TableCounts();
    private final DecisionWriter decisions;
    private final List<HourlySnapshot> snapshots = new ArrayList<>();
    private final List<Trade> trades = new ArrayList<>();
    private final List<LeaderboardSnapshot> leaderboardRows = new ArrayList<>();
    private final List<Standing> standingRows = new ArrayList<>();
    private final List<Object> summaries = new ArrayList<>();
    private final Set<String> standingKeys = new HashSet<>();
    private final Set<String> weeklyKeys = new HashSet<>();
    private final Set<String> monthlyKeys = new HashSet<>();

    BulkWriter(SqliteDatabase metrics, SqliteDatabase leaderboard, SqliteDatabase decisions) {
        this.metrics = metrics;
        this.leaderboard = leaderboard;
        this.decisions = new DecisionWriter(decisions);
    }

    @Override
    public void decision(Decision d) {
        decisions.add(d);
    }

    @Override
    public void trade(Trade t) {
        add(trades, t, this::flushTrades);
    }

    @Override
    public void snapshot(HourlySnapshot s) {
        add(snapshots, s, this::flushSnapshots);
    }

    @Override
    public void leaderboard(LeaderboardSnapshot l) {
        add(leaderboardRows, l, this::flushLeaderboard);
    }

    @Override
    public void standing(Standing s) {
        standingKeys.add(s.modelId());
        add(standingRows, s, this::flushLeaderboard);
    }

    @Override
    public void daily(DailySummary d) {
        add(summaries, d, this::flushSummaries);
        counts.add("daily_summaries", 1);
    }

    @Override
    public void weekly(WeeklySummary w) {
        weeklyKeys.add(w.modelId() + '\u0000' + w.weekStart());
        add(summaries, w, this::flushSummaries);
    }

    @Override
    public void monthly(MonthlySummary m) {
        monthlyKeys.add(m.modelId() + '\u0000' + m.year() + '-' + m.month());
        add(summaries, m, this::flushSummaries);
    }

    @Override
    public void endOfHour() {
        // chunks are committed by size, not by hour
    }

    private <T> void add(List<T> rows, T row, Runnable flush) {
        rows.add(row);
        if (rows.size() >= CHUNK) {
            flush.run();
        }
    }

    private void flushSnapshots() {
        flush(metrics, snapshots, "hourly_snapshots",
                (s, row) -> s.getMapper(SnapshotMapper.class).insertSnapshot(row));
    }

    private void flushTrades() {
        flush(metrics, trades, "trade_log", (s, row) -> s.getMapper(TradeMapper.class).insertTrade(row));
    }

    private void flushLeaderboard() {
        flush(leaderboard, leaderboardRows, "leaderboard_snapshots",
                (s, row) -> s.getMapper(LeaderboardMapper.class).insertLeaderboardSnapshot(row));
        flush(leaderboard, standingRows, null, (s, row) -> s.getMapper(LeaderboardMapper.class).upsertStanding(row));
    }

    private void flushSummaries() {
        flush(metrics, summaries, null, (s, row) -> SummaryRows.upsert(s.getMapper(SummaryMapper.class), row));
    }

    /** One transaction for the buffered rows; {@code table} counts inserted rows (null for upserts). */
    private <T> void flush(SqliteDatabase db, List<T> rows, String table, BiConsumer<SqlSession, T> insert) {
        if (rows.isEmpty()) {
            return;
        }
        db.writeBatch(s -> {
            for (T row : rows) {
                insert.accept(s, row);
            }
            return null;
        });
        if (table != null) {
            counts.add(table, rows.size());
        }
        rows.clear();
    }

    /** Writes what is still buffered and returns the rows per table. */
    TableCounts finish() {
        flushSnapshots();
        flushTrades();
        flushLeaderboard();
        flushSummaries();
        counts.add("decision_log", decisions.finish());
        counts.add("current_standings", standingKeys.size());
        counts.add("weekly_summaries", weeklyKeys.size());
        counts.add("monthly_summaries", monthlyKeys.size());
        return counts;
    }

    @Override
    public void close() {
        decisions.close();
    }
}
