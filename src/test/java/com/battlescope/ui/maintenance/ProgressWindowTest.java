package com.battlescope.ui.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProgressWindowTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void cancelAsksTheRunningActionToStop(FxRobot robot) throws Exception {
        ProgressWindow w = WaitForAsyncUtils.asyncFx(() -> new ProgressWindow(owner, "Archive old data", true)).get();
        robot.interact(w::show);
        // reported from a background thread, shown on the FX thread
        Thread worker = new Thread(() -> w.update(0.25, "copied 10 of 40 rows"));
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#maintenance-progress-message").queryLabeled().getText())
                .isEqualTo("copied 10 of 40 rows");
        assertThat(robot.lookup("#maintenance-progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.25);
        assertThat(w.isCancelled()).isFalse();
        robot.clickOn("#maintenance-progress-cancel");

        assertThat(w.isCancelled()).isTrue();
        assertThat(robot.lookup("#maintenance-progress-cancel").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(w::close);
    }

    @Test
    void anActionThatCannotStopHasNoCancel(FxRobot robot) throws Exception {
        ProgressWindow w = WaitForAsyncUtils.asyncFx(() -> new ProgressWindow(owner, "VACUUM", false)).get();
        robot.interact(w::show);

        assertThat(robot.lookup("#maintenance-progress-cancel").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(w::close);
    }
}
