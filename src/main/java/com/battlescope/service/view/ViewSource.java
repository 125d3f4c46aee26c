package com.battlescope.service.view;

import com.battlescope.service.Battle;

/** Loads what a view shows for a selection (the view services behind the GUI tabs and the CLI). */
@FunctionalInterface
public interface ViewSource {
    ViewContent load(Battle battle, ViewId view, ViewQuery query);
}
