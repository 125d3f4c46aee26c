package com.battlescope.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * One colour per model, the same in every chart and table: the Okabe-Ito colour-blind-safe palette,
 * then Paul Tol's muted palette, assigned in model-id order so a model keeps its colour across folders.
 */
public final class ModelColors {
    private static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
            "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
            "#AA4499", "#6699CC", "#994455", "#777777");
    private final Map<String, Color> colors = new HashMap<>();

    /** Assigns colours to the models of a battle (sorted ids), replacing earlier assignments. */
    public void assign(List<String> modelIds) {
        colors.clear();
        List<String> sorted = modelIds.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            colors.put(sorted.get(i), Color.web(PALETTE.get(i % PALETTE.size())));
        }
    }

    public Color color(String modelId) {
        return colors.computeIfAbsent(modelId, id -> Color.web(PALETTE.get(colors.size() % PALETTE.size())));
    }

    /** CSS hex form, e.g. for ChartFX style strings. */
    public String web(String modelId) {
        Color c = color(modelId);
        return String.format("#%02X%02X%02X", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
