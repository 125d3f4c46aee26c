package com.battlescope.ui.index;

import com.battlescope.service.Battle;
import com.battlescope.ui.AppContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Maintenance › BattleScope index…: the index's file, size (and share of decisions.db), age, what it covers and
 * how far behind the engine it is; Rebuild, and Delete after a confirmation. The battle's own files are never
 * touched. The facts are read in the background and read again after each action.
 */
public final class IndexDialog {
    static final ButtonType REBUILD = new ButtonType("Rebuild", ButtonBar.ButtonData.LEFT);
    static final ButtonType DELETE = new ButtonType("Delete…", ButtonBar.ButtonData.LEFT);
    static final ButtonType DELETE_CONFIRM = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
    private final AppContext ctx;
    private final IndexController controller;
    private final Dialog<Void> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label result = new Label();

    private IndexDialog(AppContext ctx, IndexController controller, Window owner) {
        this.ctx = ctx;
        this.controller = controller;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("BattleScope index");
        dialog.setHeaderText("BattleScope's own index of this battle, kept in your data folder, not in the battle's");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("index-dialog");
        dialog.getDialogPane().setPrefWidth(780);
        grid.setId("index-facts");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 0, 8, 0));
        result.setId("index-result");
        result.textProperty().bind(controller.lastResultProperty());
        GridPane content = new GridPane();
        content.add(grid, 0, 0);
        content.add(result, 0, 1);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(REBUILD, DELETE, ButtonType.CLOSE);
        Button rebuild = (Button) dialog.getDialogPane().lookupButton(REBUILD);
        rebuild.setId("index-rebuild");
        rebuild.disableProperty().bind(controller.runningProperty());
        rebuild.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            Battle b = ctx.battle();
            if (b != null) {
                controller.rebuild(b, this::load);
            }
        });
        Button delete = (Button) dialog.getDialogPane().lookupButton(DELETE);
        delete.setId("index-delete");
        delete.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            confirmDelete();
        });
        controller.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                load();
            }
        });
    }

    /** The menu item that opens the dialog; disabled while no battle is open. */
    public static MenuItem menuItem(AppContext ctx, IndexController controller, Supplier<Window> owner) {
        MenuItem item = new MenuItem("BattleScope index…");
        item.setId("maintenance-battlescope-index");
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ctx.battle() == null || ctx.battle().onServer(), ctx.battleProperty()));
        item.setOnAction(e -> show(ctx, controller, owner.get()));
        return item;
    }

    public static IndexDialog show(AppContext ctx, IndexController controller, Window owner) {
        IndexDialog d = new IndexDialog(ctx, controller, owner);
        d.load();
        d.dialog.show();
        return d;
    }

    private void confirmDelete() {
        Battle b = ctx.battle();
        if (b == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setTitle("Delete the index");
        a.setHeaderText("Delete BattleScope's index of " + b.path().getFileName() + "?");
        a.setContentText("Only BattleScope's own file " + controller.service().file(b).getFileName() + " is deleted; the "
                + "battle's files are not touched. Search and filters read the engine files (slower on a large "
                + "battle) until the index is built again (when the battle is opened, or Rebuild).");
        a.getDialogPane().setId("index-delete-confirm");
        a.getButtonTypes().setAll(DELETE_CONFIRM, ButtonType.CANCEL);
        a.showAndWait().filter(DELETE_CONFIRM::equals).ifPresent(x -> controller.delete(b, this::load));
    }

    private void load() {
        Battle b = ctx.battle();
        if (b == null) {
            show(List.of(new String[][] {{"Battle", "none open"}}));
            return;
        }
        ctx.jobs().run("Reading the index", () -> controller.service().summary(b), s -> show(s.lines(Instant.now())),
                e -> show(List.of(new String[][] {{"Index", "cannot be read: " + e.getMessage()}})));
    }

    private void show(List<String[]> lines) {
        grid.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Label k = new Label(lines.get(i)[0]);
            k.setStyle("-fx-font-weight: bold;");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(lines.get(i)[1]);
            v.setWrapText(true);
            v.setMaxWidth(640);
            v.setMinHeight(Region.USE_PREF_SIZE);
            v.setId("index-fact-" + lines.get(i)[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.addRow(i, k, v);
        }
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
