package com.battlescope.ui.views;

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

    public static ViewQuery of(AppContext ctx) {
        return ViewQuery.all().withModels(models(ctx)).withRange(ctx.range());
    }
}
