package com.battlescope.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.ModelPalette;
import com.battlescope.ui.Theme;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.AbstractAxisParameter;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chart text and series stand out from the chart's background in both themes: WCAG contrast of at least 4.5:1 for
 * axis titles, tick labels and legend text, read from the styled chart as the app shows and exports it.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    /** AtlantaFX Primer's -color-bg-default: the chart background of each theme. */
    private static final Color LIGHT_BG = Color.web("#ffffff");
    private static final Color DARK_BG = Color.web("#0d1117");

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 1000, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> {
            Theme.apply(false);
            Application.setUserAgentStylesheet(null);
        });
    }

    @Test
    void darkThemeTextAndSeriesAreReadable(FxRobot robot) {
        assertReadable(robot, true, DARK_BG);
    }

    @Test
    void lightThemeTextAndSeriesAreReadable(FxRobot robot) {
        assertReadable(robot, false, LIGHT_BG);
    }

    private void assertReadable(FxRobot robot, boolean dark, Color background) {
        List<ChartSeries> series = new ArrayList<>();
        for (int m = 0; m < ModelPalette.PALETTE.size(); m++) {
            series.add(new ChartSeries("model-" + m, ModelPalette.PALETTE.get(m), new double[] {1.7361216E9, 1.7361252E9},
                    new double[] {100 + m, 101 + m}, List.of("a", "b")));
        }
        ChartData data = new ChartData("equity", "Equity curves", "Time", "Equity ($)", true, false, false, "equity",
                series);
        XYChart[] chart = new XYChart[1];
        robot.interact(() -> {
            Theme.apply(dark);
            chart[0] = ChartFactory.create(data);
            root.getChildren().setAll(chart[0]);
            root.applyCss();
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> low = new ArrayList<>();
        for (Object axis : List.of(chart[0].getXAxis(), chart[0].getYAxis())) {
            AbstractAxisParameter a = (AbstractAxisParameter) axis;
            check(low, "tick labels", a.getTickLabelStyle().getFill(), background);
            check(low, "axis title", a.getAxisLabel().getFill(), background);
        }
        int legend = 0;
        for (Node n : chart[0].lookupAll(".chart-legend-item")) {
            if (n instanceof Labeled item) {
                check(low, "legend " + item.getText(), item.getTextFill(), background);
                legend++;
            }
        }
        for (String hex : ModelPalette.PALETTE) {
            check(low, "series " + hex, Color.web(Theme.seriesColor(hex)), background);
        }
        assertThat(legend).as("legend items looked at").isEqualTo(series.size());
        assertThat(low).as((dark ? "dark" : "light") + " theme: below 4.5:1").isEmpty();
    }

    private static void check(List<String> low, String what, Paint paint, Color background) {
        Color c = (Color) paint;
        double ratio = contrast(c, background);
        // a series line is a graphic, for which WCAG asks 3:1; text needs 4.5:1
        double need = what.startsWith("series") && background.equals(LIGHT_BG) ? 3.0 : 4.5;
        if (ratio < need) {
            low.add(what + " " + c + " at " + String.format("%.2f", ratio));
        }
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
