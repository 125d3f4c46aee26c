package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;

import java.util.SortedMap;

/**
 * A side-by-side view of one symbol at one moment: each model's decision nearest the moment within the
 * window (whole decisions: reasoning, prices, stop/take, execution), keyed and ordered by model id.
 */
public record Moment(String symbol, Stamp time, SortedMap<String, Decision> byModel) {

    /** True when at least two models decided and all decided the same. */
    public boolean consensus() {
        return byModel.size() >= 2 && byModel.values().stream().map(d -> d.type()).distinct().count() == 1;
    }

    /** True when at least two models decided and they did not all agree. */
    public boolean dissent() {
        return byModel.size() >= 2 && !consensus();
    }
}
