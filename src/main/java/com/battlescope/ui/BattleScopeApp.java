package com.battlescope.ui;

import com.battlescope.ui.live.LiveController;
import com.battlescope.ui.shell.MainWindow;
import com.battlescope.ui.shell.WindowBounds;
import com.battlescope.ui.shell.RecentFolders;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application: the main window on the folder given, or on the demo battle at first run. */
public class BattleScopeApp extends Application {
    private static final String DARK_KEY = "theme.dark";
    private static String initialData;
    private final Preferences prefs = Preferences.userNodeForPackage(BattleScopeApp.class);
    private FxJobs jobs;
    private LiveController live;
    private AppContext ctx;

    /** @param data a folder, a server battle's {@code jdbc:postgresql:} URL, or null (the last one, or the demo) */
    public static void launchWith(String data) {
        initialData = data;
        Application.launch(BattleScopeApp.class);
    }

    @Override
    public void start(Stage stage) {
        Theme.apply(prefs.getBoolean(DARK_KEY, false));
        jobs = new FxJobs();
        ctx = new AppContext(jobs);
        MainWindow window = new MainWindow(ctx, Views.create(ctx), new RecentFolders(prefs));
        live = new LiveController(ctx);
        window.viewMenu().getItems().addAll(new SeparatorMenuItem(), themeToggle(window), notificationsToggle());
        ShellWiring.addMenusAndTools(window, ctx, live, prefs);
        WindowBounds bounds = WindowBounds.choose(Screen.getPrimary().getVisualBounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), WindowBounds.load(prefs));
        Scene scene = new Scene(window, bounds.width(), bounds.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        Theme.style(scene);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        stage.setTitle("BattleScope");
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
        window.overviewProperty().addListener((o, a, b) ->
                stage.setTitle(b == null ? "BattleScope" : "BattleScope — " + b.place()));
        stage.setOnHidden(e -> saveWindow(stage));
        stage.show();
        StartupFolder.open(window, ctx, initialData, stage, prefs);
    }

    private CheckMenuItem themeToggle(MainWindow window) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(prefs.getBoolean(DARK_KEY, false));
        dark.setOnAction(e -> {
            prefs.putBoolean(DARK_KEY, dark.isSelected());
            Theme.apply(dark.isSelected());
            // series colours are the theme's: draw the charts again
            window.reload();
        });
        return dark;
    }

    private CheckMenuItem notificationsToggle() {
        CheckMenuItem notify = new CheckMenuItem("Live notifications");
        notify.setSelected(prefs.getBoolean("live.notifications", false));
        live.setSettings(live.settings().withNotifications(notify.isSelected()));
        notify.setOnAction(e -> {
            prefs.putBoolean("live.notifications", notify.isSelected());
            live.setSettings(live.settings().withNotifications(notify.isSelected()));
        });
        return notify;
    }

    private void saveWindow(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            new WindowBounds(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight())
                    .save(prefs);
        }
    }

    @Override
    public void stop() {
        if (live != null) {
            live.close();
        }
        if (ctx != null && ctx.battle() != null) {
            ctx.battle().close();
        }
        if (jobs != null) {
            jobs.shutdown();
        }
        Platform.exit();
    }
}
