package com.battlescope.ui.views;

import com.battlescope.service.view.ViewId;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import javafx.collections.ListChangeListener;

/**
 * The wiring every table view shares: a new battle, other models or another range reload from scratch; new
 * rows from live mode ({@link AppContext#dataVersionProperty}) reload keeping the selection and scroll, at once
 * when shown, else when the tab is shown again.
 */
abstract class ContextView extends Page {
    static final String STYLESHEET = ContextView.class.getResource("views.css").toExternalForm();

    protected final AppContext ctx;

    ContextView(AppContext ctx, ViewId viewId) {
        super(viewId);
        this.ctx = ctx;
        follow(new LiveFollow(ctx, () -> reload(true), () -> reload(true)));
    }

    /** Call at the end of the subclass constructor, once the controls exist. */
    protected final void listen() {
        // change listeners: an invalidation listener stays quiet until someone reads the value again
        ctx.battleProperty().addListener((o, was, now) -> reload(false));
        ctx.selectedModels().addListener((ListChangeListener<String>) c -> reload(false));
        ctx.rangeProperty().addListener((o, was, now) -> reload(false));
        if (ctx.battle() != null) {
            reload(false);
        }
    }

    @Override
    public void refresh() {
        reload(false);
    }


    private void reload(boolean keepState) {
        Battle battle = ctx.battle();
        if (battle == null) {
            clear();
        } else {
            load(battle, keepState);
        }
    }

    /** Starts a background load of the battle through {@code ctx.jobs()}. */
    protected abstract void load(Battle battle, boolean keepState);

    /** No battle open: show nothing. */
    protected abstract void clear();

    /** The picked models (none picked = all) and the range of the context. */
    protected ViewQuery query(Timeframe timeframe) {
        return ViewQueries.picked(ctx, timeframe);
    }
}
