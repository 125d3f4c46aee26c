package com.battlescope.service.export;

import com.battlescope.service.Battle;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;

/** Loads what a view shows for a selection (the view services behind the GUI tabs and the CLI). */
@FunctionalInterface
public interface ViewSource {
    ViewContent load(Battle battle, ViewId view, ViewQuery query);
}
