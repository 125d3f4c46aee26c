package com.battlescope.ui.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.maintenance.ResultTable;
import com.battlescope.ui.widgets.TableFit;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Database statistics tables: sizes in KB/MB/GB under plain headers, no header cut. */
@ExtendWith(ApplicationExtension.class)
class ResultTableViewTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 700, 300));
        stage.show();
    }

    @Test
    void sizesAreReadableAndHeadersWhole(FxRobot robot) {
        ResultTable files = new ResultTable("files", List.of("file", "size_bytes", "wal_bytes", "page_size"),
                List.of(List.<Object>of("metrics_timeseries.db", 2_791_728_742L, 0L, 4096L),
                        List.<Object>of("decisions.db", 3_481L, 512L, 4096L)));
        TableView<?>[] view = new TableView<?>[1];
        robot.interact(() -> {
            view[0] = ResultTableView.of(files);
            root.getChildren().setAll(view[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view[0].getColumns().stream().map(TableColumn::getText)).containsExactly("File", "Size", "Wal",
                "Page size");
        List<String> cells = view[0].lookupAll(".table-cell").stream().filter(n -> n instanceof Labeled l
                && l.getText() != null).map(n -> ((Labeled) n).getText()).toList();
        // 2,791,728,742 B = 2.6 GB; 3,481 B = 3.4 KB; 512 B stays in bytes; a page size is not a file size
        assertThat(cells).contains("2.6 GB", "3.4 KB", "512 B", "0 B", "4096");
        for (Node h : view[0].lookupAll(".column-header .label")) {
            assertThat(TableFit.isCut((Labeled) h)).as(((Labeled) h).getText()).isFalse();
        }
    }
}
