package com.battlescope.ui;

import com.battlescope.service.index.IndexService;
import com.battlescope.ui.export.ExportChooser;
import com.battlescope.ui.index.IndexController;
import com.battlescope.ui.index.IndexDialog;
import com.battlescope.ui.index.IndexStatusItem;
import com.battlescope.ui.live.LiveController;
import com.battlescope.ui.maintenance.MaintenanceMenu;
import com.battlescope.ui.shell.ExportMenu;
import com.battlescope.ui.shell.MainWindow;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/** Adds the Maintenance and Export menus, each tab's export context menu and the Live toggle to the main window. */
final class ShellWiring {
    private ShellWiring() {
    }

    static void addMenusAndTools(MainWindow window, AppContext ctx, LiveController live, Preferences prefs) {
        ExportMenu export = new ExportMenu(ctx, new ExportChooser(prefs), window::selectedView, window::views, window::owner,
                window::showMessage);
        IndexController index = new IndexController(ctx, new IndexService());
        window.addStatusItem(IndexStatusItem.of(index));
        Menu maintenance = new MaintenanceMenu(ctx, window::owner).menu();
        maintenance.getItems().addAll(new SeparatorMenuItem(), IndexDialog.menuItem(ctx, index, window::owner));
        window.addMenu(maintenance);
        window.addMenu(export.menu());
        for (AnalysisView view : window.views()) {
            Node node = view.node();
            ContextMenu menu = export.actions().contextMenu(view, null, window::showMessage);
            node.setOnContextMenuRequested(e -> {
                menu.show(node, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        }
        ToggleButton liveToggle = new ToggleButton("● Live");
        liveToggle.setId("toolbar-live");
        liveToggle.setTooltip(new Tooltip("Follow the battle while the engine writes: new rows appear within seconds"));
        liveToggle.selectedProperty().bindBidirectional(live.liveProperty());
        window.addToolBarItem(new Separator());
        window.addToolBarItem(liveToggle);
    }
}
