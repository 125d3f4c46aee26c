package com.battlescope.ui.help;

import com.battlescope.ui.AppIcons;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The first-run welcome shown over the demo battle: what the views are and how to open the engine's
 * {@code data/battle/} folder. "Don't show again" is stored in {@link Preferences} under {@link #HIDDEN_KEY}.
 */
public final class WelcomeDialog extends Dialog<WelcomeDialog.Choice> {
    public static final String HIDDEN_KEY = "welcome.hidden";
    public static final ButtonType OPEN_FOLDER = new ButtonType("Open data folder…", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType EXPLORE_DEMO = new ButtonType("Explore the demo", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** What the user chose: the shell opens its folder chooser for {@code OPEN_FOLDER}. */
    public enum Choice { OPEN_FOLDER, EXPLORE_DEMO }

    private final CheckBox dontShowAgain = new CheckBox("Don't show this again");

    /**
     * @param owner the main window, or null
     * @param prefs where "don't show again" is kept, e.g. {@link #defaultPreferences()}
     */
    public WelcomeDialog(Window owner, Preferences prefs) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Welcome to BattleScope");
        setHeaderText("Welcome to BattleScope: this is a demo battle");
        Label text = new Label("""
                BattleScope shows how the AI models of a trading battle are doing and why:

                •  Leaderboard: standings, returns, Sharpe, drawdown, win rate
                •  Equity curves and Drawdown: each model's equity and its falls from the peak
                •  Rank history: who led when
                •  Decision comparison: each model's decision on a symbol at one moment, and why
                •  Trades, Summaries, Decisions: the detail behind the figures
                (Ctrl+1 … Ctrl+9 and Ctrl+0 switch between them.)

                To see your own battle, choose File › Open data folder… (Ctrl+O) and pick the engine's \
                data/battle/ folder (inside the folder the engine runs in), or drop that folder onto the \
                window. Help › User guide explains every view and figure.""");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setId("welcome-text");
        dontShowAgain.setId("welcome-dont-show");
        getDialogPane().setContent(new VBox(16, text, dontShowAgain));
        getDialogPane().getButtonTypes().setAll(OPEN_FOLDER, EXPLORE_DEMO);
        ((Stage) getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.all());
        setResultConverter(button -> {
            if (dontShowAgain.isSelected()) {
                hide(prefs);
            }
            return button == OPEN_FOLDER ? Choice.OPEN_FOLDER : Choice.EXPLORE_DEMO;
        });
    }

    /** Shows the dialog and waits, unless the user asked not to see it again. */
    public static Optional<Choice> showIfWanted(Window owner, Preferences prefs) {
        return shouldShow(prefs) ? new WelcomeDialog(owner, prefs).showAndWait() : Optional.empty();
    }

    public static boolean shouldShow(Preferences prefs) {
        return !prefs.getBoolean(HIDDEN_KEY, false);
    }

    /** The app's preferences node ({@code /com/battlescope}). */
    public static Preferences defaultPreferences() {
        return Preferences.userRoot().node("com/battlescope");
    }

    private static void hide(Preferences prefs) {
        prefs.putBoolean(HIDDEN_KEY, true);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session; the dialog may show once more next time
        }
    }
}
