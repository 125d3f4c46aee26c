package com.battlescope.service.live;

import com.battlescope.model.Stamp;

/** Something an analyst wants to hear about while a battle runs. */
public record LiveEvent(Kind kind, String modelId, Stamp time, String message) {

    public enum Kind {
        /** A new model leads the battle. */
        NEW_LEADER,
        /** A model's equity is above every earlier value. */
        NEW_HIGH,
        /** A model's drawdown is deeper than ever before. */
        NEW_MAX_DRAWDOWN,
        /** A closed trade lost more than the configured amount. */
        LARGE_LOSS
    }
}
