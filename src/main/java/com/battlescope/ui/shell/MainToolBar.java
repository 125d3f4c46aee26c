package com.battlescope.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;

/** The main window's tool bar: Open…, Reload and the range picker; other parts add their controls after them. */
final class MainToolBar {
    private final ToolBar bar = new ToolBar();

    MainToolBar(MainMenus.Actions actions, RangePicker rangePicker) {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        open.setOnAction(e -> actions.chooseFolder());
        Button reload = new Button("Reload");
        reload.setId("toolbar-reload");
        reload.setOnAction(e -> actions.reload());
        bar.getItems().addAll(open, reload, new Separator(), rangePicker);
    }

    ToolBar bar() {
        return bar;
    }

    void add(Node node) {
        bar.getItems().add(node);
    }
}
