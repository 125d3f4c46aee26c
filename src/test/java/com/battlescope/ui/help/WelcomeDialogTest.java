package com.battlescope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeDialogTest {
    private final Preferences prefs = Preferences.userRoot().node("com/battlescope/test/welcome-" + System.nanoTime());
    private final AtomicReference<WelcomeDialog.Choice> choice = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        WelcomeDialog dialog = new WelcomeDialog(stage, prefs);
        dialog.setOnHidden(e -> choice.set(dialog.getResult()));
        dialog.show();
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void explainsTheViewsAndTheDataFolder(FxRobot robot) {
        String text = robot.lookup("#welcome-text").queryLabeled().getText();

        assertThat(text).contains("Leaderboard", "Decision comparison", "data/battle/", "File › Open data folder");
    }

    @Test
    void dontShowAgainIsRemembered(FxRobot robot) {
        assertThat(WelcomeDialog.shouldShow(prefs)).isTrue();

        robot.clickOn("#welcome-dont-show");
        robot.clickOn(robot.lookup("Explore the demo").queryAs(Button.class));

        assertThat(choice.get()).isEqualTo(WelcomeDialog.Choice.EXPLORE_DEMO);
        assertThat(prefs.getBoolean(WelcomeDialog.HIDDEN_KEY, false)).isTrue();
        assertThat(WelcomeDialog.shouldShow(prefs)).isFalse();
    }

    @Test
    void closingWithoutTheBoxShowsItAgainNextTime(FxRobot robot) {
        robot.clickOn(robot.lookup("Open data folder…").queryAs(Button.class));

        assertThat(choice.get()).isEqualTo(WelcomeDialog.Choice.OPEN_FOLDER);
        assertThat(WelcomeDialog.shouldShow(prefs)).isTrue();
    }
}
