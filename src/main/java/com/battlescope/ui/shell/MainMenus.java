package com.battlescope.ui.shell;

import com.battlescope.service.ServerSpec;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.help.AboutDialog;
import com.battlescope.ui.help.GuideView;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The main window's menu bar: File (open a folder or a server, recent ones, reload, exit), View (one item per page) and Help. */
final class MainMenus {
    /** What the File menu does; the main window carries it out. */
    interface Actions {
        void chooseFolder();

        void open(Path folder);

        /** File › Open database server…: the dialog. */
        void chooseServer();

        void openServer(ServerSpec server);

        /** File › Copy battle to server…: the dialog, then migrate in the background. */
        void copyToServer();

        void reload();
    }

    private final MenuBar bar = new MenuBar();
    private final Menu recentMenu = new Menu("Open recent");
    private final Menu viewMenu = new Menu("View");
    private final RecentFolders recent;
    private final Actions actions;

    MainMenus(List<AnalysisView> views, RecentFolders recent, Actions actions, Consumer<String> selectView,
              Supplier<Window> owner) {
        this.recent = recent;
        this.actions = actions;
        MenuItem open = new MenuItem("Open data folder…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> actions.chooseFolder());
        MenuItem server = new MenuItem("Open database server…");
        server.setId("menu-open-server");
        server.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        server.setOnAction(e -> actions.chooseServer());
        MenuItem copy = new MenuItem("Copy battle to server…");
        copy.setId("menu-copy-to-server");
        copy.setOnAction(e -> actions.copyToServer());
        MenuItem reload = new MenuItem("Reload");
        reload.setId("menu-reload");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> actions.reload());
        MenuItem exit = new MenuItem("Exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> owner.get().hide());
        Menu file = new Menu("File", null, open, server, recentMenu, copy, reload, new SeparatorMenuItem(), exit);
        refreshRecent();

        for (int i = 0; i < views.size(); i++) {
            AnalysisView view = views.get(i);
            MenuItem item = new MenuItem(view.title());
            item.setAccelerator(pageKey(i));
            item.setOnAction(e -> selectView.accept(view.id()));
            viewMenu.getItems().add(item);
        }

        MenuItem guide = new MenuItem("User guide");
        guide.setAccelerator(KeyCombination.keyCombination("F1"));
        guide.setOnAction(e -> GuideView.showWindow(owner.get()));
        MenuItem about = new MenuItem("About BattleScope");
        about.setOnAction(e -> new AboutDialog(owner.get()).showAndWait());
        Menu help = new Menu("Help", null, guide, about);
        bar.getMenus().addAll(file, viewMenu, help);
        bar.setUseSystemMenuBar(true);
    }

    /** Ctrl+1 … Ctrl+9 for the first nine pages and Ctrl+0 for the tenth, as the digit row reads; none after. */
    static KeyCombination pageKey(int index) {
        return index < 10 ? KeyCombination.keyCombination("Shortcut+" + (index + 1) % 10) : null;
    }

    MenuBar bar() {
        return bar;
    }

    Menu viewMenu() {
        return viewMenu;
    }

    /** A contributed menu (Maintenance, Export) goes before Help. */
    void add(Menu menu) {
        bar.getMenus().add(bar.getMenus().size() - 1, menu);
    }

    /** Lists the recent folders again (disabled when there are none). */
    void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.open(p));
            recentMenu.getItems().add(item);
        }
        List<ServerSpec> servers = recent.servers().list();
        if (!servers.isEmpty() && !recentMenu.getItems().isEmpty()) {
            recentMenu.getItems().add(new SeparatorMenuItem());
        }
        for (ServerSpec s : servers) {
            MenuItem item = new MenuItem("PostgreSQL " + s.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openServer(s));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    Menu recentMenu() {
        return recentMenu;
    }
}
