package com.battlescope.service.demo;

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

/** Keeps what a simulation hands over, for assertions without a database. */
final class CapturingSink implements DemoSink {
    final List<Decision> decisions = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    final List<HourlySnapshot> snapshots = new ArrayList<>();
    final List<LeaderboardSnapshot> leaderboard = new ArrayList<>();
    final List<Standing> standings = new ArrayList<>();
    final List<Object> summaries = new ArrayList<>();
    int hours;

    @Override
    public void decision(Decision d) {
        decisions.add(d);
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
        leaderboard.add(l);
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
        hours++;
    }
}
