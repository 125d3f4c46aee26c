package com.battlescope.service.demo;

import com.battlescope.model.DailySummary;
import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import com.battlescope.model.WeeklySummary;

/** Where the simulation's rows go: a bulk writer for a new folder, or short live transactions. */
interface DemoSink {
    void decision(Decision d);

    void trade(Trade t);

    void snapshot(HourlySnapshot s);

    void leaderboard(LeaderboardSnapshot l);

    void standing(Standing s);

    void daily(DailySummary d);

    void weekly(WeeklySummary w);

    void monthly(MonthlySummary m);

    /** A battle hour is complete: its rows may be committed. */
    void endOfHour();
}
