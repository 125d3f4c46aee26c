package com.battlescope.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ClipboardExportTest {
    private static final DataTable DECISIONS = new DataTable("decisions", List.of("model", "decision", "reasoning"),
            List.of(List.of("gpt-4o", "buy", "RSI\tlow,\n\"oversold\""), List.of("claude", "hold", "wait"),
                    List.of("gemini", "sell", "Überzeugung — 信心")));
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("chart stand-in");
        label.setStyle("-fx-font-size: 30px;");
        stage.setScene(new Scene(new StackPane(label), 300, 200));
        stage.show();
    }

    @Test
    void selectedRowsGoAsTabSeparatedLinesWithTheHeader(FxRobot robot) {
        AtomicReference<String> pasted = new AtomicReference<>();
        robot.interact(() -> {
            ClipboardExport.copyRows(DECISIONS, List.of(2, 0));
            pasted.set(Clipboard.getSystemClipboard().getString());
        });
        assertThat(pasted.get()).isEqualTo("model\tdecision\treasoning\n"
                + "gemini\tsell\tÜberzeugung — 信心\n"
                + "gpt-4o\tbuy\tRSI low, \"oversold\"\n");
    }

    @Test
    void theWholeTable(FxRobot robot) {
        AtomicReference<String> pasted = new AtomicReference<>();
        robot.interact(() -> {
            ClipboardExport.copyTable(DECISIONS);
            pasted.set(Clipboard.getSystemClipboard().getString());
        });
        assertThat(pasted.get().split("\n")).hasSize(4);
    }

    @Test
    void aShownChartAsAnImage(FxRobot robot) {
        AtomicReference<Image> pasted = new AtomicReference<>();
        robot.interact(() -> {
            ClipboardExport.copyImage(label, 2);
            pasted.set(Clipboard.getSystemClipboard().getImage());
        });
        assertThat(pasted.get()).isNotNull();
        assertThat(pasted.get().getWidth()).isEqualTo(Math.ceil(label.getWidth() * 2));
    }
}
