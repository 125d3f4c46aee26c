package com.battlescope.ui.views;

import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.UserMessages;
import com.battlescope.service.view.Leaderboard;
import com.battlescope.service.view.LeaderboardRow;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.LatestJob;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the Leaderboard page: the timeframe and the advanced columns (chosen by the user), the board shown and
 * its two follow-up jobs. The standings come first; then, in the background, the trades when a shown column waits
 * for them and the decision mix when the advanced columns are on, each merged into the board then shown. Works
 * without the FX toolkit.
 */
public final class LeaderboardViewModel extends PageViewModel<Leaderboard> {
    /** Where the shown board came from, for filling in its trades and decisions afterwards. */
    private record Source(Battle battle, ViewQuery query) {
    }

    private final LeaderboardService service;
    private final ObjectProperty<Timeframe> timeframe = new SimpleObjectProperty<>(Timeframe.ALL_TIME);
    private final BooleanProperty advanced = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final LatestJob readingTrades;
    private final LatestJob countingDecisions;
    private Source source;

    public LeaderboardViewModel(AppContext ctx, LeaderboardService service) {
        super(ctx, "Leaderboard");
        this.service = service;
        readingTrades = new LatestJob(ctx.jobs());
        countingDecisions = new LatestJob(ctx.jobs());
        timeframe.addListener((o, was, now) -> reload());
        advanced.addListener((o, was, now) -> fillIn());
    }

    public ObjectProperty<Timeframe> timeframeProperty() {
        return timeframe;
    }

    public BooleanProperty advancedProperty() {
        return advanced;
    }

    /** What is being filled in ("Reading trades…"), or why that failed; empty when nothing. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    @Override
    protected Timeframe timeframe() {
        return timeframe.get();
    }

    @Override
    protected Leaderboard read(Battle battle, ViewQuery query) {
        return service.standings(battle, query);
    }

    @Override
    protected void loaded(Battle battle, ViewQuery query, Leaderboard board) {
        source = new Source(battle, query);
        fillIn();
    }

    @Override
    protected void stopping() {
        readingTrades.cancel();
        countingDecisions.cancel();
        note.set("");
        source = null;
    }

    private void fillIn() {
        Source from = source;
        Leaderboard board = value();
        if (from == null || board == null) {
            return;
        }
        List<LeaderboardRow> rows = board.rows();
        boolean tradesWait = rows.stream().anyMatch(r -> r.tradeDetail() == LeaderboardRow.TradeDetail.PENDING
                || advanced.get() && r.tradeDetail() != LeaderboardRow.TradeDetail.FULL);
        if (tradesWait && !readingTrades.isRunning()) {
            fill(readingTrades, "Reading trades", () -> service.tradeStats(from.battle(), from.query(), board),
                    LeaderboardService::withTrades, from);
        }
        boolean decisionsWait = advanced.get() && rows.stream().anyMatch(r -> !r.decisions().counted());
        if (decisionsWait && !countingDecisions.isRunning()) {
            fill(countingDecisions, "Counting decisions",
                    () -> service.decisionMixes(from.battle(), from.query(), board),
                    LeaderboardService::withDecisions, from);
        }
        showFillingNote();
    }

    private <T> void fill(LatestJob job, String title, Callable<T> work,
                          BiFunction<Leaderboard, T, Leaderboard> merge, Source from) {
        job.run(title, work, result -> {
            Leaderboard now = value();
            if (now != null && from.equals(source)) {
                replace(merge.apply(now, result));
            }
            showFillingNote();
        }, e -> note.set(UserMessages.failed(title, e)));
    }

    private void showFillingNote() {
        boolean trades = readingTrades.isRunning();
        boolean decisions = countingDecisions.isRunning();
        note.set(trades && decisions ? "Reading trades and counting decisions…"
                : trades ? "Reading trades…" : decisions ? "Counting decisions…" : "");
    }
}
