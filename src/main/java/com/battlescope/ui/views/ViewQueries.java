package com.battlescope.ui.views;

import com.battlescope.model.Timeframe;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import java.util.List;

/** The context's choices as a {@link ViewQuery}; every model picked counts as no restriction. */
public final class ViewQueries {
    private ViewQueries() {
    }

    public static List<String> models(AppContext ctx) {
        List<String> picked = List.copyOf(ctx.selectedModels());
        return picked.isEmpty() || picked.containsAll(ctx.allModels()) ? List.of() : picked;
    }

    /** The models picked as they are (every one listed when all are picked), the range and {@code timeframe}. */
    public static ViewQuery picked(AppContext ctx, Timeframe timeframe) {
        return ViewQuery.all().withModels(ctx.selectedModels()).withRange(ctx.range()).withTimeframe(timeframe);
    }

    public static ViewQuery of(AppContext ctx) {
        return ViewQuery.all().withModels(models(ctx)).withRange(ctx.range());
    }
}
