package com.battlescope.service.demo;

import com.battlescope.data.DecisionMapper;
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
import java.util.List;

/**
 * Writes each battle hour as the engine would while a reader watches: through the mappers, one short
 * transaction per file at the end of the hour (decisions first, then snapshots and trades, then standings),
 * so that a reader sees whole hours and the writer holds its lock only for milliseconds.
 */
final class LiveWriter implements DemoSink {
    private final SqliteDatabase metrics;
    private final SqliteDatabase leaderboard;
    private final SqliteDatabase decisions;
    private final List<Decision> decisionRows = new ArrayList<>();
    private final List<HourlySnapshot> snapshots = new ArrayList<>();
    private final List<Trade> trades = new ArrayList<>();
    private final List<Object> summaries = new ArrayList<>();
    private final List<LeaderboardSnapshot> leaderboardRows = new ArrayList<>();
    private final List<Standing> standings = new ArrayList<>();
    private final TableCounts counts = new TableCounts();

    LiveWriter(SqliteDatabase metrics, SqliteDatabase leaderboard, SqliteDatabase decisions) {
        this.metrics = metrics;
        this.leaderboard = leaderboard;
        this.decisions = decisions;
    }

    @Override
    public void decision(Decision d) {
        decisionRows.add(d);
    }

    @Override
    public void trade(Trade t) {
        trades.add(t);
    }

    @Override
    public void snapshot(HourlySnapshot s) {
        snapshots.add(s);
    }

    @Override
    public void leaderboard(LeaderboardSnapshot l) {
        leaderboardRows.add(l);
    }

    @Override
    public void standing(Standing s) {
        standings.add(s);
    }

    @Override
    public void daily(DailySummary d) {
        summaries.add(d);
    }

    @Override
    public void weekly(WeeklySummary w) {
        summaries.add(w);
    }

    @Override
    public void monthly(MonthlySummary m) {
        summaries.add(m);
    }

    @Override
    public void endOfHour() {
        decisions.write(s -> {
            decisionRows.forEach(s.getMapper(DecisionMapper.class)::insertDecision);
            return null;
        });
        metrics.write(s -> {
            snapshots.forEach(s.getMapper(SnapshotMapper.class)::insertSnapshot);
            trades.forEach(s.getMapper(TradeMapper.class)::insertTrade);
            summaries.forEach(row -> SummaryRows.upsert(s.getMapper(SummaryMapper.class), row));
            return null;
        });
        leaderboard.write(s -> {
            standings.forEach(s.getMapper(LeaderboardMapper.class)::upsertStanding);
            leaderboardRows.forEach(s.getMapper(LeaderboardMapper.class)::insertLeaderboardSnapshot);
            return null;
        });
        counts.add("decision_log", decisionRows.size());
        counts.add("hourly_snapshots", snapshots.size());
        counts.add("trade_log", trades.size());
        counts.add("leaderboard_snapshots", leaderboardRows.size());
        decisionRows.clear();
        snapshots.clear();
        trades.clear();
        summaries.clear();
        leaderboardRows.clear();
        standings.clear();
    }

    /** Rows inserted so far (decisions, snapshots, trades, leaderboard rows). */
    TableCounts counts() {
        return counts;
    }
}
