package com.battlescope.ui.export;

import static com.battlescope.ui.export.TestCharts.ink;
import static com.battlescope.ui.export.TestCharts.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TableNodeTest {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
    }

    private static DataTable trades(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of("2025-01-0" + (1 + i % 9) + " 10:00:00", "gpt-4o", "AAPL", Double.toString(12.5 * i)));
        }
        return new DataTable("trades", List.of("exit_time", "model_id", "symbol", "realized_pnl"), rows);
    }

    private static Region build(DataTable t, int w, int h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> TableNode.of(t, "Trades", w, h)).get();
    }

    @SuppressWarnings("unchecked")
    @Test
    void holdsTheRowsThatFitAndSaysHowManyThereAre() throws Exception {
        Region page = build(trades(500), 800, 500);
        TableView<List<String>> table = (TableView<List<String>>) page.lookup("#export-table");
        int shown = table.getItems().size();
        assertThat(shown).isBetween(10, 17);
        assertThat(table.getItems().get(0)).containsExactly("2025-01-01 10:00:00", "gpt-4o", "AAPL", "0.0");
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("exit_time", "model_id", "symbol", "realized_pnl");
        assertThat(((Label) page.lookup("#export-footer")).getText())
                .isEqualTo("Rows 1–" + shown + " of 500; the CSV export has all of them");
    }

    @Test
    void drawsAsPngWithTheRowsVisibleToTheBottom() throws Exception {
        Region page = build(trades(500), 800, 500);
        BufferedImage img = read(PngExporter.write(page, tmp.resolve("trades.png"), 800, 500, 1));
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
        assertThat(ink(img, 0.3, 0, 0.7, 0.1)).as("title").isGreaterThan(0.01);
        assertThat(ink(img, 0, 0.7, 0.5, 0.9)).as("cell text low on the page").isGreaterThan(0.01);
    }

    @Test
    void columnsThatDoNotFitAreLeftOutAndCounted() throws Exception {
        List<String> headers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            headers.add("Column number " + c);
            row.add("$" + c + ",000.00");
        }
        Region page = build(new DataTable("leaderboard", headers, List.of(row)), 1600, 1000);
        @SuppressWarnings("unchecked")
        TableView<List<String>> table = (TableView<List<String>>) page.lookup("#export-table");
        int shown = table.getColumns().size();
        assertThat(shown).isBetween(8, 25);
        assertThat(table.getColumns().stream().mapToDouble(c -> c.getPrefWidth()).sum()).isLessThanOrEqualTo(1560);
        assertThat(((Label) page.lookup("#export-footer")).getText())
                .isEqualTo((30 - shown) + " more columns; the CSV export has all of them");
    }

    @Test
    void aShortTableHasNoFooter() throws Exception {
        Region page = build(trades(3), 800, 500);
        assertThat(page.lookup("#export-footer")).isNull();
    }
}
