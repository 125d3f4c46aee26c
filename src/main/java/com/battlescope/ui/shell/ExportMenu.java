package com.battlescope.ui.shell;

import com.battlescope.service.UserMessages;
import com.battlescope.service.export.ExportFormat;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.export.ClipboardExport;
import com.battlescope.ui.export.ExportActions;
import com.battlescope.ui.export.ExportChooser;
import com.battlescope.ui.views.ViewQueries;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The Export menu: the selected tab to PNG (1x, 2x), SVG or CSV, copies to the clipboard, and Export all. */
public final class ExportMenu {
    private final AppContext ctx;
    private final ExportActions actions;
    private final ExportChooser chooser;
    private final Supplier<AnalysisView> selected;
    private final Supplier<List<AnalysisView>> tabs;
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    public ExportMenu(AppContext ctx, ExportChooser chooser, Supplier<AnalysisView> selected,
                      Supplier<List<AnalysisView>> tabs, Supplier<Window> owner, Consumer<String> status) {
        this.tabs = tabs;
        this.ctx = ctx;
        this.chooser = chooser;
        this.actions = new ExportActions(ctx, chooser);
        this.selected = selected;
        this.owner = owner;
        this.status = status;
    }

    public ExportActions actions() {
        return actions;
    }

    public Menu menu() {
        MenuItem png = item("export-png", "View as PNG…", "Shortcut+E", () -> exportSelected(ExportFormat.PNG, 1));
        MenuItem png2 = item("export-png2", "View as PNG at 2x (slides)…", null,
                () -> exportSelected(ExportFormat.PNG, 2));
        MenuItem svg = item("export-svg", "View as SVG…", null, () -> exportSelected(ExportFormat.SVG, 1));
        MenuItem csv = item("export-csv", "View data as CSV…", "Shortcut+Shift+E",
                () -> exportSelected(ExportFormat.CSV, 1));
        MenuItem copyImage = item("export-copy-image", "Copy image", null, () -> {
            AnalysisView view = selected.get();
            ClipboardExport.copyImage(view.chart() != null ? view.chart() : view.node(), 1);
            status.accept("Image of " + view.title() + " copied");
        });
        MenuItem copyRows = item("export-copy-rows", "Copy data (tab-separated)", null, () -> {
            AnalysisView view = selected.get();
            ClipboardExport.copyTable(view.tableData());
            status.accept(view.tableData().rows().size() + " rows of " + view.title() + " copied");
        });
        MenuItem all = item("export-all", "Export all views…", null, this::exportAll);
        Menu menu = new Menu("Export", null, png, png2, svg, csv, new SeparatorMenuItem(), copyImage, copyRows,
                new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(ctx.battle() == null)));
        return menu;
    }

    private MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> {
            if (ctx.battle() != null && selected.get() != null) {
                action.run();
            }
        });
        return item;
    }

    private void exportSelected(ExportFormat format, double scale) {
        AnalysisView view = selected.get();
        String base = view.id() + (scale > 1 ? "@2x" : "");
        Path file = chooser.showSave(owner.get(), "Export " + view.title(), base, format);
        if (file != null) {
            status.accept("Exporting " + file.getFileName() + "…");
            actions.export(view, file, ExportActions.WIDTH, ExportActions.HEIGHT, scale,
                    p -> status.accept("Exported " + p), ex -> status.accept(UserMessages.failed("Export", ex)));
        }
    }

    private void exportAll() {
        Path dir = chooser.showFolder(owner.get(), "Export all views into a folder");
        if (dir == null) {
            return;
        }
        List<ViewId> views = Arrays.asList(ViewId.values());
        ViewQuery shared = ViewQueries.of(ctx);
        Map<ViewId, ViewQuery> perView = new EnumMap<>(ViewId.class);
        for (AnalysisView view : tabs.get()) {
            perView.put(ViewId.fromId(view.id()), view.exportQuery(shared));
        }
        actions.exportAll(shared, perView, views, dir,
                (done, total, step) -> status.accept("Export all: " + done + "/" + total + " " + step),
                result -> status.accept("Exported " + result.files().size() + " files to " + dir
                        + (result.problems().isEmpty() ? "" : " (" + String.join("; ", result.problems()) + ")")),
                ex -> status.accept(UserMessages.failed("Export all", ex)));
    }
}
