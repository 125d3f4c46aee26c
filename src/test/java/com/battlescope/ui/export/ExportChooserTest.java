package com.battlescope.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportChooserTest {
    @TempDir
    Path tmp;
    private final Preferences prefs = Preferences.userRoot().node("battlescope-test-" + UUID.randomUUID());
    private final ExportChooser chooser = new ExportChooser(prefs);

    @Start
    void start(Stage stage) {
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void opensInTheFolderOfTheLastExport() throws Exception {
        assertThat(chooser.lastFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        chooser.remember(reports.resolve("equity.png"));
        assertThat(new ExportChooser(prefs).lastFolder()).isEqualTo(reports);
        FileChooser fc = chooser.saveChooser("Export equity", "equity", ExportFormat.PNG, ExportFormat.SVG);
        assertThat(fc.getInitialDirectory().toPath()).isEqualTo(reports);
        assertThat(fc.getInitialFileName()).isEqualTo("equity.png");
        assertThat(fc.getExtensionFilters()).extracting(f -> f.getExtensions().get(0)).containsExactly("*.png", "*.svg");
    }

    @Test
    void aFolderThatIsGoneFallsBackToHome() throws Exception {
        Path gone = Files.createDirectories(tmp.resolve("gone"));
        chooser.remember(gone);
        assertThat(chooser.lastFolder()).isEqualTo(gone);
        Files.delete(gone);
        assertThat(chooser.lastFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void theChosenFilterAddsAMissingExtension() {
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG", "*.svg");
        assertThat(ExportChooser.withExtension(tmp.resolve("chart"), svg, ExportFormat.PNG, ExportFormat.SVG))
                .isEqualTo(tmp.resolve("chart.svg"));
        assertThat(ExportChooser.withExtension(tmp.resolve("chart.PNG"), svg, ExportFormat.PNG, ExportFormat.SVG))
                .isEqualTo(tmp.resolve("chart.PNG"));
    }
}
