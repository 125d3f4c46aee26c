package com.battlescope.ui.export;

import static com.battlescope.ui.export.TestCharts.ink;
import static com.battlescope.ui.export.TestCharts.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.service.view.ViewContent;
import com.battlescope.service.view.ViewId;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxPngRendererTest {
    @TempDir
    Path tmp;
    private final List<String> built = new ArrayList<>();

    @Start
    void start(Stage stage) {
    }

    private Node chart(ChartData data) {
        built.add(data.title() + (Platform.isFxApplicationThread() ? " on fx" : " off fx"));
        return TestCharts.sine(data.title(), data.series().get(0).name());
    }

    @Test
    void drawsChartsWithTheFactoryAndTablesAsTablePages() {
        FxPngRenderer png = new FxPngRenderer(this::chart, 2);
        ChartData data = new ChartData("equity", "Equity curves", "Time", "Equity ($)", true, false, false, "equity",
                List.of(new ChartSeries("gpt-4o", "#0072B2", new double[] {0, 1}, new double[] {1, 2})));
        png.write(ViewContent.ofChart(ViewId.EQUITY, data), tmp.resolve("equity.png"), 640, 400);
        png.write(ViewContent.ofTable(ViewId.LEADERBOARD, new DataTable("leaderboard", List.of("rank", "model_id"),
                List.of(List.of("1", "gpt-4o")))), tmp.resolve("leaderboard.png"), 640, 400);
        assertThat(built).containsExactly("Equity curves on fx");
        BufferedImage chart = read(tmp.resolve("equity.png"));
        BufferedImage table = read(tmp.resolve("leaderboard.png"));
        assertThat(chart.getWidth()).isEqualTo(1280);
        assertThat(table.getHeight()).isEqualTo(800);
        assertThat(ink(chart, 0.15, 0.1, 0.95, 0.8)).isGreaterThan(0.002);
        assertThat(ink(table, 0, 0, 1, 0.2)).isGreaterThan(0.01);
    }
}
