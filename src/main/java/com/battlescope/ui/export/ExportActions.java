package com.battlescope.ui.export;

import com.battlescope.ui.FxThread;
import com.battlescope.service.UserMessages;
import com.battlescope.service.Battle;
import com.battlescope.service.export.ExportAll;
import com.battlescope.service.export.ExportFormat;
import com.battlescope.service.view.ViewContent;
import com.battlescope.service.view.ViewDataService;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * The export actions of the GUI for menus and context menus: files are written in background jobs of the
 * {@link AppContext} (PNG drawing hops to the FX thread by itself), results and errors come back on the FX thread.
 */
public final class ExportActions {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;
    private final AppContext ctx;
    private final ExportChooser chooser;

    public ExportActions(AppContext ctx, ExportChooser chooser) {
        this.ctx = ctx;
        this.chooser = chooser;
    }

    /** Writes what the tab shows now to {@code file} (format by extension) in a background job. FX thread. */
    public void export(AnalysisView view, Path file, int width, int height, double scale, Consumer<Path> done,
                       Consumer<Exception> failed) {
        ViewContent content = ViewFileExport.content(view);
        ctx.jobs().run("Exporting " + file.getFileName(),
                () -> ViewFileExport.write(content, file, width, height, scale), done, failed);
    }

    /**
     * Writes every view of the query into {@code dir} with an index.html, in a background job. {@code progress}
     * is called on the FX thread.
     */
    public void exportAll(ViewQuery query, List<ViewId> views, Path dir, ExportAll.Progress progress,
                          Consumer<ExportAll.Result> done, Consumer<Exception> failed) {
        exportAll(query, Map.of(), views, dir, progress, done, failed);
    }

    /** @param perView a view's own query (see {@link AnalysisView#exportQuery}), read on the FX thread before */
    public void exportAll(ViewQuery query, Map<ViewId, ViewQuery> perView, List<ViewId> views, Path dir,
                          ExportAll.Progress progress, Consumer<ExportAll.Result> done, Consumer<Exception> failed) {
        Battle battle = ctx.battle();
        ExportAll all = new ExportAll(new ViewDataService(), new FxPngRenderer(ChartFactory::create, 1));
        ExportAll.Progress onFx = (d, t, step) -> FxThread.run(() -> progress.update(d, t, step));
        ctx.jobs().run("Exporting all views", () -> all.write(battle, query, perView, views, dir, WIDTH, HEIGHT, onFx), done,
                failed);
    }

    /** Copy image, copy rows, and "Export as PNG/SVG/CSV…" (a save dialog in the last folder) for one tab. */
    public ContextMenu contextMenu(AnalysisView view, Window owner, Consumer<String> status) {
        MenuItem copyImage = new MenuItem("Copy image");
        copyImage.setId(view.id() + "-copy-image");
        copyImage.setOnAction(e -> {
            ClipboardExport.copyImage(view.chart() != null ? view.chart() : view.node(), 1);
            status.accept("Image copied");
        });
        MenuItem copyRows = new MenuItem("Copy data (tab-separated)");
        copyRows.setId(view.id() + "-copy-rows");
        copyRows.setOnAction(e -> {
            ClipboardExport.copyTable(view.tableData());
            status.accept(view.tableData().rows().size() + " rows copied");
        });
        ContextMenu menu = new ContextMenu(copyImage, copyRows, new SeparatorMenuItem());
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem("Export as " + format.name() + "…");
            item.setId(view.id() + "-export-" + format.extension());
            item.setOnAction(e -> {
                Path file = chooser.showSave(owner, "Export " + view.title(), view.id(), format);
                if (file != null) {
                    status.accept("Exporting " + file.getFileName() + "…");
                    export(view, file, WIDTH, HEIGHT, 1, p -> status.accept("Exported " + p),
                            ex -> status.accept(UserMessages.failed("Export", ex)));
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
