package com.battlescope.ui.help;

import com.battlescope.ui.AppIcons;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help › About: icon, name, version, runtime versions and where the data contract lives. */
public final class AboutDialog extends Dialog<ButtonType> {
    private static final String POM_PROPERTIES = "/META-INF/maven/com.battlescope/battlescope/pom.properties";

    /** @param owner the main window, or null */
    public AboutDialog(Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("About BattleScope");
        Label name = new Label("BattleScope " + version());
        name.setId("about-name");
        name.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label text = new Label("""
                Analytics for LLM trading battles: standings, equity, drawdowns, ranks and the \
                decisions behind them, read from the battle engine's SQLite files.

                The files' format is described in sql/data-contract.md.""");
        text.setWrapText(true);
        text.setMaxWidth(380);
        Label runtime = new Label("Java " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.version", "?"));
        runtime.setId("about-runtime");
        VBox texts = new VBox(10, name, text, runtime);
        ImageView icon = new ImageView(AppIcons.of(128));
        icon.setId("about-icon");
        HBox box = new HBox(20, icon, texts);
        box.setStyle("-fx-padding: 12;");
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ((Stage) getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.all());
    }

    /** The version in the jar's Maven metadata, or "development build" when run from classes. */
    public static String version() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development build");
            }
        } catch (IOException e) {
            // fall through: the version is only informative
        }
        return "development build";
    }
}
