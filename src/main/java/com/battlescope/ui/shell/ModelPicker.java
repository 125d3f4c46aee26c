package com.battlescope.ui.shell;

import com.battlescope.ui.widgets.ModelCell;
import com.battlescope.ui.AppContext;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The left panel: one check box per model with its colour; the ticked models are the context's selection. */
public final class ModelPicker extends VBox {
    private final AppContext ctx;
    private final ListView<String> list = new ListView<>();

    public ModelPicker(AppContext ctx) {
        this.ctx = ctx;
        setId("model-picker");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(210);
        Label title = new Label("Models");
        title.getStyleClass().add("title-4");
        Button all = new Button("All");
        all.setId("models-all");
        all.setOnAction(e -> ctx.pickAllModels());
        Button none = new Button("None");
        none.setId("models-none");
        none.setOnAction(e -> ctx.pickModels(List.of()));
        list.setId("model-list");
        list.setItems(ctx.allModels());
        list.setCellFactory(v -> new ModelCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        ctx.selectedModels().addListener((ListChangeListener<String>) c -> list.refresh());
        getChildren().addAll(title, new HBox(6, all, none), list);
    }

    /**
     * The width that shows every model name whole (no horizontal scroll bar), from the cells laid out with the
     * theme's real fonts; NaN before the list has cells.
     */
    double fittingWidth() {
        double widest = Double.NaN;
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.getItem() != null) {
                double w = cell.prefWidth(-1);
                widest = Double.isNaN(widest) ? w : Math.max(widest, w);
            }
        }
        if (Double.isNaN(widest)) {
            return widest;
        }
        double scrollBar = list.lookupAll(".scroll-bar").stream()
                .filter(s -> s instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible())
                .mapToDouble(s -> s.prefWidth(-1)).findFirst().orElse(0);
        return Math.ceil(widest + scrollBar + list.snappedLeftInset() + list.snappedRightInset()
                + snappedLeftInset() + snappedRightInset() + 4);
    }

    private final class ModelCell extends ListCell<String> {
        private final CheckBox box = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final HBox graphic = new HBox(6, swatch, box);

        ModelCell() {
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.setOnAction(e -> ctx.pickModel(getItem(), box.isSelected()));
        }

        @Override
        protected void updateItem(String model, boolean empty) {
            super.updateItem(model, empty);
            if (empty || model == null) {
                setGraphic(null);
                return;
            }
            swatch.setFill(ctx.colors().color(model));
            box.setText(model);
            box.setSelected(ctx.selectedModels().contains(model));
            setGraphic(graphic);
        }
    }
}
