package com.battlescope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        new AboutDialog(stage).show();
    }

    @Test
    void showsNameVersionAndRuntime(FxRobot robot) {
        assertThat(robot.lookup("#about-name").queryLabeled().getText()).startsWith("BattleScope ");
        assertThat(robot.lookup("#about-runtime").queryLabeled().getText())
                .contains("Java " + System.getProperty("java.version"), "JavaFX 21");
        assertThat(robot.lookup("#about-icon").queryAs(ImageView.class).getImage().getWidth()).isEqualTo(128);
    }
}
