package com.battlescope.ui.views;

import com.battlescope.ui.AppContext;

/**
 * How a view follows live data: while shown it handles each new data version at once; while hidden it only
 * notes that it is behind and catches up once when shown again, so background tabs cost nothing per poll.
 */
final class LiveFollow {
    private final Runnable onData;
    private final Runnable catchUp;
    private boolean shown = true;
    private boolean behind;

    /**
     * @param onData  what a shown view does with a new data version
     * @param catchUp what a view that missed versions does when shown again (a reload in place)
     */
    LiveFollow(AppContext ctx, Runnable onData, Runnable catchUp) {
        this.onData = onData;
        this.catchUp = catchUp;
        // a change listener: an invalidation listener stays quiet until someone reads the value again
        ctx.dataVersionProperty().addListener((o, was, now) -> dataChanged());
    }

    void setShown(boolean now) {
        shown = now;
        if (now && behind) {
            behind = false;
            catchUp.run();
        }
    }

    /** True while hidden with live data not yet shown. */
    boolean isBehind() {
        return behind;
    }

    private void dataChanged() {
        if (shown) {
            onData.run();
        } else {
            behind = true;
        }
    }
}
