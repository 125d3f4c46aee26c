package com.battlescope.ui;

import com.battlescope.service.view.ViewId;

/** What every page shares: its id and tab title, both from its {@link ViewId}. */
public abstract class Page implements AnalysisView {
    private final ViewId viewId;

    protected Page(ViewId viewId) {
        this.viewId = viewId;
    }

    @Override
    public final String id() {
        return viewId.id();
    }

    @Override
    public final String title() {
        return viewId.title();
    }
}
