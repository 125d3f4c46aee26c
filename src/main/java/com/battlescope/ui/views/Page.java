package com.battlescope.ui.views;

import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AnalysisView;
import javafx.scene.Node;

/**
 * What every page shares: its id and tab title from its {@link ViewId}, its root node, and following live data
 * through a {@link LiveFollow} when it has one.
 */
public abstract class Page implements AnalysisView {
    private final ViewId viewId;
    private Node root;
    private LiveFollow live;

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

    /** Sets the page's root node (what {@link #node} returns) and hands it back. */
    protected final <N extends Node> N root(N node) {
        this.root = node;
        return node;
    }

    @Override
    public Node node() {
        return root;
    }

    /** The page follows live data through {@code follow}: a hidden page catches up when shown. */
    protected final LiveFollow follow(LiveFollow follow) {
        this.live = follow;
        return follow;
    }

    @Override
    public void setShown(boolean shown) {
        if (live != null) {
            live.setShown(shown);
        }
    }
}
