package com.battlescope.ui;

import com.battlescope.service.BattleService;
import com.battlescope.service.ServerSpec;
import com.battlescope.service.UserMessages;
import com.battlescope.service.demo.DemoFolders;
import com.battlescope.ui.help.WelcomeDialog;
import com.battlescope.ui.shell.MainWindow;
import com.battlescope.ui.shell.RecentFolders;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * Which folder the app opens at start: the one given (or the server battle), else the last one opened, else the demo battle (created
 * once in the user's data directory, in the background) with the first-run welcome.
 */
final class StartupFolder {
    private StartupFolder() {
    }

    static void open(MainWindow window, AppContext ctx, String given, Stage stage, Preferences prefs) {
        if (given != null && BattleService.isServer(given)) {
            window.openServer(ServerSpec.fromUrl(given));
            return;
        }
        if (given != null) {
            window.open(Path.of(given));
            return;
        }
        Path last = new RecentFolders(prefs).last();
        if (last != null && last.toFile().isDirectory()) {
            window.open(last);
            return;
        }
        ctx.jobs().run("Preparing the demo battle", DemoFolders::defaultDemo, window::open,
                e -> window.showMessage("The demo battle could not be created: " + UserMessages.of(e)));
        WelcomeDialog.showIfWanted(stage, WelcomeDialog.defaultPreferences())
                .filter(choice -> choice == WelcomeDialog.Choice.OPEN_FOLDER)
                .ifPresent(choice -> window.chooseFolder());
    }
}
