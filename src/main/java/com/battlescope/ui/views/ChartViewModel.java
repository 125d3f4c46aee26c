package com.battlescope.ui.views;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.UserMessages;
import com.battlescope.service.live.LiveUpdate;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.LatestJob;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of a chart page (Equity, Drawdown, Rank history): the result read for the context's battle, models and
 * range plus the page's own choices, the loading and the message above the chart. Live rows are appended to the
 * result when the page can, else it reloads in place. Works without the FX toolkit.
 *
 * @param <R> what one read returns
 */
public final class ChartViewModel<R> {
    /** Reads a result in the background. */
    public interface Reader<R> {
        R read(Battle battle, ViewQuery query) throws Exception;
    }

    /** {@code current} extended by live snapshots (no reading), or empty when the page must reload. */
    public interface Appender<R> {
        Optional<R> appended(R current, ViewQuery query, List<HourlySnapshot> rows);
    }

    /** A result to show; {@code inPlace}: keep the zoom (a live update or a reload in place). */
    public record Shown<R>(R result, boolean inPlace) {
    }

    static final String NO_BATTLE = "Open a battle folder to see this chart.";

    private final AppContext ctx;
    private final String title;
    private final Reader<R> reader;
    private final Appender<R> appender;
    private final Supplier<ViewQuery> query;
    private final LatestJob latest;
    private final ReadOnlyObjectWrapper<Shown<R>> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The battle and query the shown result was read for (live rows may extend it). */
    private Battle currentBattle;
    private ViewQuery currentQuery;

    /** @param query the query of the page now: the context's models and range with the page's choices */
    public ChartViewModel(AppContext ctx, String title, Reader<R> reader, Appender<R> appender,
                          Supplier<ViewQuery> query) {
        this.ctx = ctx;
        this.title = title;
        this.reader = reader;
        this.appender = appender;
        this.query = query;
        this.latest = new LatestJob(ctx.jobs());
    }

    /** The result on screen; null when no battle is open. */
    public ReadOnlyObjectProperty<Shown<R>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why there is nothing (no battle, a failed read), else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads again; the chart is replaced and the zoom reset. */
    public void refresh() {
        start(false);
    }

    /** Reads again keeping the zoom. */
    public void reloadInPlace() {
        start(true);
    }

    /** New live rows ({@link AppContext#liveUpdate()}): appended when that is all they change, else a reload in place. */
    public void liveData() {
        LiveUpdate update = ctx.liveUpdate();
        Battle battle = ctx.battle();
        ViewQuery q = query.get();
        Shown<R> now = shown.get();
        boolean appendable = update != null && now != null && !loading.get() && battle == currentBattle
                && q.equals(currentQuery);
        Optional<R> next = appendable ? appender.appended(now.result(), q, update.snapshots()) : Optional.empty();
        if (next.isPresent()) {
            show(next.get(), true, battle, q);
        } else {
            reloadInPlace();
        }
    }

    private void start(boolean inPlace) {
        Battle battle = ctx.battle();
        if (battle == null) {
            latest.cancel();
            loading.set(false);
            currentBattle = null;
            currentQuery = null;
            message.set(NO_BATTLE);
            shown.set(null);
            return;
        }
        ViewQuery q = query.get();
        loading.set(true);
        latest.run(title, () -> reader.read(battle, q), result -> show(result, inPlace, battle, q), error -> {
            loading.set(false);
            message.set("Could not load " + title.toLowerCase(Locale.ROOT) + ": " + UserMessages.of(error));
        });
    }

    private void show(R result, boolean inPlace, Battle battle, ViewQuery q) {
        loading.set(false);
        currentBattle = battle;
        currentQuery = q;
        message.set("");
        shown.set(new Shown<>(result, inPlace));
    }
}
