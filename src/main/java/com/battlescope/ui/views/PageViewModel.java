package com.battlescope.ui.views;

import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.UserMessages;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.LatestJob;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the view model of every table page shares: one background read of the open battle (the latest wins), with
 * loading and error state, and the result to show. Pages add their own choices and what they derive from the
 * result. Works without the FX toolkit.
 *
 * @param <R> what one read returns
 */
public abstract class PageViewModel<R> {
    /** A result to show; {@code keepState}: keep the table's selection and scroll (a reload in place). */
    public record Shown<R>(R value, boolean keepState) {
    }

    protected final AppContext ctx;
    private final String title;
    private final LatestJob latest;
    private final ReadOnlyObjectWrapper<Shown<R>> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    protected PageViewModel(AppContext ctx, String title) {
        this.ctx = ctx;
        this.title = title;
        this.latest = new LatestJob(ctx.jobs());
    }

    /** In the background: reads what the page shows. */
    protected abstract R read(Battle battle, ViewQuery query) throws Exception;

    /** The timeframe of the page's query (all time unless the page lets the user choose). */
    protected Timeframe timeframe() {
        return Timeframe.ALL_TIME;
    }

    /** On the FX thread, once {@code value} is shown (it was read from {@code battle} with {@code query}). */
    protected void loaded(Battle battle, ViewQuery query, R value) {
    }

    /** On the FX thread, when a load starts or the page is cleared: stop what followed the last result. */
    protected void stopping() {
    }

    /** The result on screen, null when none. */
    public ReadOnlyObjectProperty<Shown<R>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last load failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The context's models and range with this page's timeframe. */
    public ViewQuery query() {
        return ViewQueries.picked(ctx, timeframe());
    }

    /** Reads the context's battle again from scratch (nothing open: clears). */
    public void reload() {
        Battle battle = ctx.battle();
        if (battle == null) {
            clear();
        } else {
            load(battle, false);
        }
    }

    /** Reads {@code battle} in the background; a newer load or {@link #clear()} drops this one. */
    public void load(Battle battle, boolean keepState) {
        ViewQuery q = query();
        stopping();
        loading.set(true);
        error.set("");
        latest.run(title, () -> read(battle, q), value -> {
            loading.set(false);
            shown.set(new Shown<>(value, keepState));
            loaded(battle, q, value);
        }, e -> {
            loading.set(false);
            error.set(UserMessages.failed(title, e));
        });
    }

    /** No battle: nothing shown, nothing running. */
    public void clear() {
        latest.cancel();
        stopping();
        loading.set(false);
        error.set("");
        shown.set(null);
    }

    /** Replaces the shown result (e.g. merged with what was read afterwards), keeping the table's state. */
    protected final void replace(R value) {
        shown.set(new Shown<>(value, true));
    }

    protected final R value() {
        Shown<R> s = shown.get();
        return s == null ? null : s.value();
    }
}
