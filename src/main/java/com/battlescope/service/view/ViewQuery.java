package com.battlescope.service.view;

import com.battlescope.model.Timeframe;
import com.battlescope.service.TimeRange;
import java.util.List;

/**
 * What a view shows: the models picked (empty = all), the time range and the view-specific choices.
 * The GUI builds one from its controls, the {@code export} command from its options.
 */
public record ViewQuery(List<String> models, TimeRange range, Timeframe timeframe, EquityScale scale,
                        String symbol, boolean benchmark) {
    public ViewQuery {
        models = models == null ? List.of() : List.copyOf(models);
        range = range == null ? TimeRange.ALL : range;
        timeframe = timeframe == null ? Timeframe.ALL_TIME : timeframe;
        scale = scale == null ? EquityScale.DOLLARS : scale;
    }

    public static ViewQuery all() {
        return new ViewQuery(List.of(), TimeRange.ALL, Timeframe.ALL_TIME, EquityScale.DOLLARS, null, false);
    }

    public boolean includes(String modelId) {
        return models.isEmpty() || models.contains(modelId);
    }

    public ViewQuery withModels(List<String> m) {
        return new ViewQuery(m, range, timeframe, scale, symbol, benchmark);
    }

    public ViewQuery withRange(TimeRange r) {
        return new ViewQuery(models, r, timeframe, scale, symbol, benchmark);
    }

    public ViewQuery withTimeframe(Timeframe t) {
        return new ViewQuery(models, range, t, scale, symbol, benchmark);
    }

    public ViewQuery withScale(EquityScale s) {
        return new ViewQuery(models, range, timeframe, s, symbol, benchmark);
    }

    public ViewQuery withSymbol(String s) {
        return new ViewQuery(models, range, timeframe, scale, s, benchmark);
    }

    public ViewQuery withBenchmark(boolean b) {
        return new ViewQuery(models, range, timeframe, scale, symbol, b);
    }
}
