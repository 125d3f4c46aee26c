package com.battlescope.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per model, the same in every chart, table and export, assigned in model-id order so a model keeps its
 * colour across folders. Two palettes of 20, light theme and dark theme, chosen by
 * {@code src/test/resources/palette/choose_palette.py}: every colour has a WCAG contrast of at least 3:1 on the
 * light background and 4.5:1 on the dark one, within a lightness band (no near-black lines on white, no near-white
 * ones on black); the first 12 stay at least 15 CIELAB units apart under normal vision and simulated protanopia,
 * deuteranopia and tritanopia, all 20 at least 12 (ModelPaletteTest checks both).
 * Each list is in the chooser's order, the most distinct first, so a battle of few models gets the clearest colours;
 * a model has the colour of the same index in both themes.
 */
public final class ModelPalette {
    /** Colours for a light background (and for SVG exports, which are drawn on white). */
    public static final List<String> PALETTE = List.of(
            "#EE6600", "#0088FF", "#775555", "#990088", "#6600FF", "#CC7755", "#AA88BB", "#AA0000",
            "#8811BB", "#889988", "#7766BB", "#CC2288", "#994433", "#DD22EE", "#33AA22", "#445566",
            "#7722DD", "#EE00CC", "#996655", "#008899");
    /** The same models' colours on the dark theme's background (#0d1117). */
    public static final List<String> DARK_PALETTE = List.of(
            "#11AABB", "#FF9922", "#DDDDAA", "#BB55FF", "#888844", "#00EEDD", "#FF0088", "#AAAAFF",
            "#AAEE77", "#DD6611", "#88BB77", "#99DDFF", "#9977CC", "#EEAAAA", "#EEDD00", "#BBAA55",
            "#FF66BB", "#778888", "#CC6666", "#55DD44");
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

    /** The dark theme's colour for a light-palette colour (the same index); other colours as they are. */
    public static String onDark(String hex) {
        int i = PALETTE.indexOf(hex.toUpperCase(java.util.Locale.ROOT));
        return i < 0 ? hex : DARK_PALETTE.get(i);
    }

    /** Hex colour such as {@code #007744} (light palette). */
    public synchronized String hex(String modelId) {
        return colors.computeIfAbsent(modelId, id -> PALETTE.get(colors.size() % PALETTE.size()));
    }
}
