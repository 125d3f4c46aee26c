package com.battlescope.service.live;

import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Trade;
import java.util.List;

/** Rows that appeared since the previous poll (in id order) and the events they raised. */
public record LiveUpdate(List<HourlySnapshot> snapshots, List<Decision> decisions, List<Trade> trades,
                         List<LiveEvent> events) {
    public static final LiveUpdate NONE = new LiveUpdate(List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return snapshots.isEmpty() && decisions.isEmpty() && trades.isEmpty();
    }
}
