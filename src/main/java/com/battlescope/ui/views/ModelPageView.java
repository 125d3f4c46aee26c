package com.battlescope.ui.views;

import com.battlescope.service.Battle;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AppContext;

/** A context page whose loading is its {@link PageViewModel}'s: loads and clears go straight to the view model. */
abstract class ModelPageView extends ContextView {

    ModelPageView(AppContext ctx, ViewId viewId) {
        super(ctx, viewId);
    }

    /** The page's view model (subclasses return their own type). */
    public abstract PageViewModel<?> viewModel();

    @Override
    protected void load(Battle battle, boolean keepState) {
        viewModel().load(battle, keepState);
    }

    @Override
    protected void clear() {
        viewModel().clear();
    }
}
