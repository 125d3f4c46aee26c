package com.battlescope.ui.widgets;

import com.battlescope.service.view.ColumnSpec;
import com.battlescope.ui.ModelColors;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Rectangle;

/** A model id with the model's colour swatch, the same colour as in every chart. */
public final class ModelCell<R> extends TableCell<R, R> {
    private final ColumnSpec<R> spec;
    private final Function<R, String> modelOf;
    private final ModelColors colors;

    public ModelCell(ColumnSpec<R> spec, Function<R, String> modelOf, ModelColors colors) {
        this.spec = spec;
        this.modelOf = modelOf;
        this.colors = colors;
    }

    public static Rectangle swatch(ModelColors colors, String modelId) {
        Rectangle r = new Rectangle(10, 10, colors.color(modelId));
        r.getStyleClass().add("model-swatch");
        return r;
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : spec.text().apply(row));
        setGraphic(empty || row == null ? null : swatch(colors, modelOf.apply(row)));
    }
}
