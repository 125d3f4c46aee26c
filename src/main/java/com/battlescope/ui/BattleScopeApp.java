package com.battlescope.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public class BattleScopeApp extends Application {
    private static Path initialData;

    public static void launchWith(Path data) {
        initialData = data;
        Application.launch(BattleScopeApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BattleScope");
        stage.setScene(new Scene(new Label("BattleScope " + initialData), 800, 600));
        stage.show();
    }
}
