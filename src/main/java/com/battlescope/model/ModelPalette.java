package com.battlescope.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per model, the same in every chart, table and export: the Okabe-Ito colour-blind-safe palette,
 * then Paul Tol's muted palette, assigned in model-id order so a model keeps its colour across folders.
 */
public final class ModelPalette {
    public static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
            "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
            "#AA4499", "#6699CC", "#994455", "#777777");
    /** The buy-and-hold benchmark line. */
    public static final String BENCHMARK = "#7F7F7F";
    private final Map<String, String> colors = new HashMap<>();

    public ModelPalette() {
    }

    public ModelPalette(List<String> modelIds) {
        assign(modelIds);
    }

    /** Assigns colours to the models of a battle (sorted ids), replacing earlier assignments. */
    public synchronized void assign(List<String> modelIds) {
        colors.clear();
        List<String> sorted = modelIds.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            colors.put(sorted.get(i), PALETTE.get(i % PALETTE.size()));
        }
    }

    /** Hex colour such as {@code #0072B2}. */
    public synchronized String hex(String modelId) {
        return colors.computeIfAbsent(modelId, id -> PALETTE.get(colors.size() % PALETTE.size()));
    }
}
