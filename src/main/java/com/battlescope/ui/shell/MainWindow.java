package com.battlescope.ui.shell;

import com.battlescope.data.DataAccessException;
import com.battlescope.service.BattleOverview;
import com.battlescope.service.BattleService;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: menu bar ({@link MainMenus}), tool bar ({@link MainToolBar}), model picker, one tab
 * per analysis view ({@link PageTabs}) and the status bar ({@link MainStatusBar}); folders dropped on it open
 * ({@link FolderDrop}).
 * Opening a folder runs in the background; a bad folder shows the data layer's message and leaves the current
 * battle open.
 */
public final class MainWindow extends BorderPane implements MainMenus.Actions {
    /** The model list never takes more than this share of the window to show long names. */
    private static final double MAX_MODEL_LIST_SHARE = 0.3;
    private final List<AnalysisView> views;
    private final RecentFolders recent;
    private final ShellViewModel vm;
    private final ReadOnlyObjectProperty<BattleOverview> overview;
    private final PageTabs tabs;
    private final RangePicker rangePicker;
    private final MainMenus menus;
    private final MainToolBar toolBar;
    private final MainStatusBar status;
    private Consumer<Exception> errorHandler = this::showError;

    public MainWindow(AppContext ctx, List<AnalysisView> views, RecentFolders recent) {
        this(ctx, views, recent, new BattleService());
    }

    public MainWindow(AppContext ctx, List<AnalysisView> views, RecentFolders recent, BattleService battles) {
        this.vm = new ShellViewModel(ctx, battles, e -> errorHandler.accept(e));
        this.overview = vm.overviewProperty();
        this.views = List.copyOf(views);
        this.recent = recent;
        this.rangePicker = new RangePicker(ctx, () -> overview.get() == null ? null : overview.get().latestSnapshot());
        setId("main-window");
        menus = new MainMenus(this.views, recent, this, this::selectView, this::window);
        toolBar = new MainToolBar(this, rangePicker);
        status = new MainStatusBar(overview, ctx.jobs());
        tabs = new PageTabs(this.views);
        ctx.setViewOpener(this::selectView);
        ModelPicker picker = new ModelPicker(ctx);
        SplitPane split = new SplitPane(picker, tabs.node());
        split.setDividerPositions(0.14);
        SplitPane.setResizableWithParent(picker, false);
        ctx.allModels().addListener((ListChangeListener<String>) c -> fitModelList(split, picker));
        setTop(new VBox(menus.bar(), toolBar.bar()));
        setCenter(split);
        setBottom(status.node());
        FolderDrop.install(this, this::open);
    }

    /** A short note in the status bar (export results, copies). */
    public void showMessage(String text) {
        status.showMessage(text);
    }

    public Window owner() {
        return window();
    }

    /** Menus that other parts contribute (Maintenance, Export) go before Help. */
    public void addMenu(Menu menu) {
        menus.add(menu);
    }

    /** Adds a node to the status bar, left of the running job's progress (e.g. the index's progress). */
    public void addStatusItem(Node node) {
        status.addItem(node);
    }

    public void addToolBarItem(Node node) {
        toolBar.add(node);
    }

    /** Replaces the error dialog (tests assert messages without a modal dialog). */
    public void setErrorHandler(Consumer<Exception> handler) {
        this.errorHandler = handler;
    }

    public ReadOnlyObjectProperty<BattleOverview> overviewProperty() {
        return overview;
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    public AnalysisView selectedView() {
        return tabs.selected();
    }

    public List<AnalysisView> views() {
        return views;
    }

    public void selectView(String id) {
        tabs.select(id);
    }

    public Menu viewMenu() {
        return menus.viewMenu();
    }

    /** Opens a folder (or one of its .db files) in the background; on success it replaces the open battle. */
    @Override
    public void open(Path folderOrFile) {
        vm.open(folderOrFile, this::opened, errorHandler);
    }

    /** Re-opens the current folder: picks up rows the engine wrote and files maintenance changed. */
    @Override
    public void reload() {
        vm.reload(this::opened, errorHandler);
    }

    @Override
    public void chooseFolder() {
        Path dir = FolderDrop.choose(window(), recent.last());
        if (dir != null) {
            open(dir);
        }
    }

    private void opened(ShellViewModel.Opened opened) {
        if (opened.newFolder()) {
            rangePicker.select(RangePicker.Preset.ALL);
        }
        recent.add(opened.folder());
        menus.refreshRecent();
    }

    /** Once the new model list is laid out, moves the divider so that every model name shows whole. */
    private static void fitModelList(SplitPane split, ModelPicker picker) {
        if (split.getScene() == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            split.getScene().removePostLayoutPulseListener(once[0]);
            double w = picker.fittingWidth();
            if (!Double.isNaN(w) && split.getWidth() > 0 && picker.getWidth() < w) {
                split.setDividerPosition(0, Math.min(MAX_MODEL_LIST_SHARE, w / split.getWidth()));
            }
        };
        split.getScene().addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showError(Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle("BattleScope");
        alert.setHeaderText(e instanceof DataAccessException ? "The battle could not be opened" : "Something failed");
        alert.setContentText(UserMessages.of(e));
        alert.show();
    }
}
