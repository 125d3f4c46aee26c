package com.battlescope.ui.export;

import static com.battlescope.ui.export.TestCharts.ink;
import static com.battlescope.ui.export.TestCharts.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fair_acc.chartfx.XYChart;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PngExporterTest {
    @TempDir
    Path tmp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 400, 300));
        stage.show();
    }

    @Test
    void drawsAChartOffScreenAtTheRequestedSize() {
        Path file = PngExporter.write(TestCharts.sine("Equity curves", "gpt-4o"), tmp.resolve("equity.png"), 800, 500, 1);
        BufferedImage img = read(file);
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
        assertThat(ink(img, 0.3, 0, 0.7, 0.06)).as("title").isGreaterThan(0.01);
        assertThat(ink(img, 0.15, 0.1, 0.95, 0.8)).as("the plotted line").isGreaterThan(0.003);
        assertThat(ink(img, 0.15, 0.8, 0.95, 0.9)).as("time tick labels").isGreaterThan(0.005);
        assertThat(ink(img, 0, 0.2, 0.1, 0.8)).as("value tick labels").isGreaterThan(0.005);
    }

    @Test
    void scaleTwoDoublesThePixelsWithTheSameLayout() {
        BufferedImage one = read(PngExporter.write(TestCharts.sine("T", "m"), tmp.resolve("1x.png"), 600, 400, 1));
        BufferedImage two = read(PngExporter.write(TestCharts.sine("T", "m"), tmp.resolve("2x.png"), 600, 400, 2));
        assertThat(two.getWidth()).isEqualTo(1200);
        assertThat(two.getHeight()).isEqualTo(800);
        assertThat(ink(two, 0.15, 0.1, 0.95, 0.8)).isGreaterThan(0.002);
        assertThat(ink(two, 0.3, 0, 0.7, 0.06)).isCloseTo(ink(one, 0.3, 0, 0.7, 0.06), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void anImageLargerThanTheScreenIsDrawnToItsEdges() {
        BufferedImage img = read(PngExporter.write(TestCharts.sine("Big", "m"), tmp.resolve("big.png"), 2400, 1500, 1));
        assertThat(img.getWidth()).isEqualTo(2400);
        assertThat(ink(img, 0.8, 0.1, 0.99, 0.8)).as("the line reaches the right part").isGreaterThan(0.001);
        assertThat(ink(img, 0.3, 0.85, 0.99, 0.93)).as("tick labels at the bottom").isGreaterThan(0.002);
    }

    @Test
    void worksFromTheFxThreadAndTheNodeCanBeUsedAgain(FxRobot robot) {
        XYChart chart = TestCharts.sine("Again", "m");
        AtomicReference<WritableImage> first = new AtomicReference<>();
        robot.interact(() -> first.set(PngExporter.render(chart, 500, 300, 1)));
        assertThat(first.get().getWidth()).isEqualTo(500);
        assertThat(chart.getScene()).isNull();
        WritableImage second = PngExporter.render(chart, 300, 200, 1);
        assertThat(second.getHeight()).isEqualTo(200);
    }

    @Test
    void refusesANodeThatIsShownElsewhere() {
        Label shown = (Label) ((StackPane) stage.getScene().getRoot()).getChildren().get(0);
        assertThatThrownBy(() -> PngExporter.render(shown, 100, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already shown");
        assertThatThrownBy(() -> PngExporter.render(new Label("x"), 0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAShownNodeAsItIs(FxRobot robot) {
        Label shown = (Label) ((StackPane) stage.getScene().getRoot()).getChildren().get(0);
        BufferedImage img = read(PngExporter.writeAsShown(shown, tmp.resolve("label.png"), 2));
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(shown.getWidth() * 2));
        assertThat(ink(img, 0, 0, 1, 1)).isGreaterThan(0.02);
    }
}
