package com.battlescope.ui.shell;

import com.battlescope.service.UserMessages;
import com.battlescope.data.DataAccessException;
import com.battlescope.service.BattleOverview;
import com.battlescope.service.BattleService;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.FxJobs;
import com.battlescope.ui.help.AboutDialog;
import com.battlescope.ui.help.GuideView;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menu bar, tool bar, model picker, one tab per analysis view and the status bar.
 * Opening a folder runs in the background; a bad folder shows the data layer's message and leaves the current
 * battle open.
 */
public final class MainWindow extends BorderPane {
    /** The model list never takes more than this share of the window to show long names. */
    private static final double MAX_MODEL_LIST_SHARE = 0.3;
    private static final String TAB_STYLE = "dense";
    private final AppContext ctx;
    private final List<AnalysisView> views;
    private final RecentFolders recent;
    private final ShellViewModel vm;
    private final ReadOnlyObjectProperty<BattleOverview> overview;
    private final TabPane tabs = new TabPane();
    private final StatusBar status = new StatusBar();
    private final Menu recentMenu = new Menu("Open recent");
    private final Menu viewMenu = new Menu("View");
    private final RangePicker rangePicker;
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final Label message = new Label();
    private Consumer<Exception> errorHandler = this::showError;

    public MainWindow(AppContext ctx, List<AnalysisView> views, RecentFolders recent) {
        this(ctx, views, recent, new BattleService());
    }

    public MainWindow(AppContext ctx, List<AnalysisView> views, RecentFolders recent, BattleService battles) {
        this.ctx = ctx;
        this.vm = new ShellViewModel(ctx, battles, e -> errorHandler.accept(e));
        this.overview = vm.overviewProperty();
        this.views = List.copyOf(views);
        this.recent = recent;
        this.rangePicker = new RangePicker(ctx, () -> overview.get() == null ? null : overview.get().latestSnapshot());
        setId("main-window");
        buildMenus();
        buildToolBar();
        for (AnalysisView view : this.views) {
            Tab tab = new Tab(view.title(), view.node());
            tab.setId("tab-" + view.id());
            tab.setClosable(false);
            tab.setUserData(view);
            tabs.getTabs().add(tab);
        }
        tabs.setId("views");
        // AtlantaFX's compact tabs: ten page titles fit a 1280 px window
        tabs.getStyleClass().add(TAB_STYLE);
        ctx.setViewOpener(this::selectView);
        // hidden views put off live reloads until their tab is shown again
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                ((AnalysisView) was.getUserData()).setShown(false);
            }
            if (now != null) {
                ((AnalysisView) now.getUserData()).setShown(true);
            }
        });
        for (Tab tab : tabs.getTabs()) {
            ((AnalysisView) tab.getUserData()).setShown(tab.isSelected());
        }
        ModelPicker picker = new ModelPicker(ctx);
        SplitPane split = new SplitPane(picker, tabs);
        split.setDividerPositions(0.14);
        SplitPane.setResizableWithParent(picker, false);
        ctx.allModels().addListener((ListChangeListener<String>) c -> fitModelList(split, picker));
        setTop(new VBox(menuBar, toolBar));
        setCenter(split);
        setBottom(status);
        buildStatusBar();
        enableDrop();
    }

    /** A short note in the status bar (export results, copies). */
    public void showMessage(String text) {
        message.setText(text);
    }

    public Window owner() {
        return window();
    }

    /** Menus that other parts contribute (Maintenance, Export) go before Help. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu);
    }

    public void addToolBarItem(javafx.scene.Node node) {
        toolBar.getItems().add(node);
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
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : (AnalysisView) tab.getUserData();
    }

    public List<AnalysisView> views() {
        return views;
    }

    public void selectView(String id) {
        tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + id)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Opens a folder (or one of its .db files) in the background; on success it replaces the open battle. */
    public void open(Path folderOrFile) {
        vm.open(folderOrFile, this::opened, errorHandler);
    }

    /** Re-opens the current folder: picks up rows the engine wrote and files maintenance changed. */
    public void reload() {
        vm.reload(this::opened, errorHandler);
    }

    private void opened(ShellViewModel.Opened opened) {
        if (opened.newFolder()) {
            rangePicker.select(RangePicker.Preset.ALL);
        }
        recent.add(opened.folder());
        refreshRecentMenu();
    }

    private void buildMenus() {
        MenuItem open = new MenuItem("Open data folder…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFolder());
        MenuItem reload = new MenuItem("Reload");
        reload.setId("menu-reload");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> reload());
        MenuItem exit = new MenuItem("Exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> window().hide());
        Menu file = new Menu("File", null, open, recentMenu, reload, new SeparatorMenuItem(), exit);
        refreshRecentMenu();

        for (int i = 0; i < views.size(); i++) {
            AnalysisView view = views.get(i);
            MenuItem item = new MenuItem(view.title());
            if (i < 10) {
                // Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth page, as the digit row reads
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1) % 10));
            }
            item.setOnAction(e -> selectView(view.id()));
            viewMenu.getItems().add(item);
        }

        MenuItem guide = new MenuItem("User guide");
        guide.setAccelerator(KeyCombination.keyCombination("F1"));
        guide.setOnAction(e -> GuideView.showWindow(window()));
        MenuItem about = new MenuItem("About BattleScope");
        about.setOnAction(e -> new AboutDialog(window()).showAndWait());
        Menu help = new Menu("Help", null, guide, about);
        menuBar.getMenus().addAll(file, viewMenu, help);
        menuBar.setUseSystemMenuBar(true);
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void buildToolBar() {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        open.setOnAction(e -> chooseFolder());
        Button reload = new Button("Reload");
        reload.setId("toolbar-reload");
        reload.setOnAction(e -> reload());
        toolBar.getItems().addAll(open, reload, new javafx.scene.control.Separator(), rangePicker);
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
        javafx.application.Platform.requestNextPulse();
    }

    private void buildStatusBar() {
        status.setId("status-bar");
        status.setText("No battle open");
        Label summary = new Label();
        summary.setId("status-summary");
        Label warning = new Label();
        warning.setId("status-warning");
        warning.setStyle("-fx-text-fill: #b45309;");
        warning.setMaxWidth(640);
        overview.addListener((o, a, b) -> {
            status.setText(b == null ? "No battle open" : b.folder().toString());
            summary.setText(b == null ? "" : b.summary());
            summary.setTooltip(b == null || b.latestSnapshot() == null ? null
                    : new Tooltip("Last snapshot " + b.latestSnapshot().text()));
            warning.setText(b == null ? "" : b.warningText());
            warning.setTooltip(b == null || b.warnings().isEmpty() ? null
                    : new Tooltip(String.join("\n", b.warnings())));
        });
        message.setId("status-message");
        Region messageGap = new Region();
        messageGap.setPrefWidth(16);
        status.getRightItems().addAll(warning, message, messageGap, summary);
        if (ctx.jobs() instanceof FxJobs fx) {
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setPrefWidth(90);
            bar.visibleProperty().bind(fx.runningProperty().greaterThan(0));
            Label job = new Label();
            job.textProperty().bind(fx.currentProperty());
            Region gap = new Region();
            gap.setPrefWidth(12);
            status.getRightItems().addAll(gap, job, bar);
        }
    }

    private void enableDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open battle data folder");
        Path last = recent.last();
        if (last != null && Files.isDirectory(last)) {
            chooser.setInitialDirectory(last.getParent() != null && Files.isDirectory(last.getParent())
                    ? last.getParent().toFile() : last.toFile());
        }
        File dir = chooser.showDialog(window());
        if (dir != null) {
            open(dir.toPath());
        }
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
