package com.battlescope.ui;

import com.battlescope.ui.help.WelcomeDialog;
import com.battlescope.ui.shell.MainWindow;
import com.battlescope.ui.shell.RecentFolders;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** Which folder the app opens at start: the one given, else the last one, else the demo battle with a welcome. */
final class StartupFolder {
    private StartupFolder() {
    }

    static void open(MainWindow window, Path given, Stage stage, Preferences prefs) {
        if (given != null) {
            window.open(given);
            return;
        }
        Path last = new RecentFolders(prefs).last();
        if (last != null && last.toFile().isDirectory()) {
            window.open(last);
            return;
        }
        WelcomeDialog.showIfWanted(stage, WelcomeDialog.defaultPreferences());
    }
}
