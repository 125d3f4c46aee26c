package com.battlescope.ui;

import com.battlescope.model.ModelPalette;
import java.util.List;
import javafx.scene.paint.Color;

/** The {@link ModelPalette} as JavaFX colours: the same colour for a model in every chart and table. */
public final class ModelColors {
    private final ModelPalette palette = new ModelPalette();

    /** Assigns colours to the models of a battle (sorted ids), replacing earlier assignments. */
    public void assign(List<String> modelIds) {
        palette.assign(modelIds);
    }

    public Color color(String modelId) {
        return Color.web(web(modelId));
    }

    /** CSS hex form, e.g. for ChartFX style strings. */
    public String web(String modelId) {
        return Theme.seriesColor(palette.hex(modelId));
    }

    public ModelPalette palette() {
        return palette;
    }
}
