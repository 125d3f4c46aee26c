package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.DrawdownRow;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DrawdownViewTest {
    @TempDir
    Path tmp;

    private AppContext ctx;
    private DrawdownView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new DrawdownView(ctx, new ChartService());
        stage.setScene(new Scene((Parent) view.node(), 1200, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private List<DataSet> datasets() {
        return ChartFactory.renderer(view.chart()).getDatasets();
    }

    @Test
    void underwaterCurvesAndTheWorstDrawdowns(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        assertThat(view.id()).isEqualTo("drawdown");
        assertThat(datasets()).extracting(DataSet::getName).containsExactly("claude-sonnet-3.5", "gpt-4o");
        assertThat(datasets()).extracting(DataSet::getDataCount).containsExactly(21, 21);
        assertThat(view.chart().getYAxis().getName()).isEqualTo("Drawdown from peak (%)");
        DataSet claude = datasets().get(0);
        assertThat(claude.get(DataSet.DIM_Y, 4)).isCloseTo((99809.1 - 100132.05) / 100132.05 * 100, within(1e-9));
        for (int i = 0; i < claude.getDataCount(); i++) {
            assertThat(claude.get(DataSet.DIM_Y, i)).isLessThanOrEqualTo(0);
        }

        List<DrawdownRow> rows = view.table().getItems();
        assertThat(rows).filteredOn(r -> r.modelId().equals("claude-sonnet-3.5")).hasSize(2);
        assertThat(rows.get(0).period().peak().text()).isEqualTo("2025-01-07 12:04:59.448750");
        assertThat(view.worstDrawdownsTable().rows()).hasSize(rows.size());
        assertThat(view.worstDrawdownsTable().rows().get(0).get(3)).isEqualTo("not recovered");
        assertThat(view.tableData().headers()).containsExactly("time", "model", "drawdown_pct");
        assertThat(view.tableData().rows()).hasSize(42);
    }

    @Test
    void selectingADrawdownHighlightsItsPeriod(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        assertThat(ChartFactory.highlight(view.chart())).isNull();

        Node secondRow = robot.lookup("#drawdown-table .table-row-cell").nth(1).query();
        robot.clickOn(secondRow);

        DrawdownRow row = view.table().getSelectionModel().getSelectedItem();
        assertThat(row).isSameAs(view.table().getItems().get(1));
        // claude's second drawdown: peak 01-06 13:04, recovered 01-07 12:04
        assertThat(row.period().recovery().text()).isEqualTo("2025-01-07 12:04:59.448750");
        XRangeIndicator mark = ChartFactory.highlight(view.chart());
        assertThat(mark).isNotNull();
        assertThat(view.chart().getPlugins()).contains(mark);
        assertThat(mark.getLowerBound()).isEqualTo(Stamp.parse("2025-01-06 13:04:43.825651").epochSecondsAsWritten());
        assertThat(mark.getUpperBound()).isEqualTo(Stamp.parse("2025-01-07 12:04:59.448750").epochSecondsAsWritten());
        assertThat(mark.getText()).isEqualTo("claude-sonnet-3.5 -0.32 %");

        Node firstRow = robot.lookup("#drawdown-table .table-row-cell").nth(0).query();
        robot.clickOn(firstRow);
        XRangeIndicator next = ChartFactory.highlight(view.chart());
        assertThat(next.getUpperBound()).as("not recovered: to the last point")
                .isEqualTo(Stamp.parse("2025-01-08 16:04:36.830209").epochSecondsAsWritten());
        assertThat(view.chart().getPlugins()).doesNotContain(mark);
    }

    @Test
    void aNewSelectionOfModelsClearsTheHighlight(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.clickOn((Node) robot.lookup("#drawdown-table .table-row-cell").nth(0).query());
        assertThat(ChartFactory.highlight(view.chart())).isNotNull();

        robot.interact(() -> ctx.pickModels(List.of("gpt-4o")));
        assertThat(ChartFactory.highlight(view.chart())).isNull();
        assertThat(datasets()).extracting(DataSet::getName).containsExactly("gpt-4o");
        assertThat(view.table().getItems()).allMatch(r -> r.modelId().equals("gpt-4o")).isNotEmpty();
    }

    @Test
    void liveReloadKeepsTheSelectedDrawdown(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.clickOn((Node) robot.lookup("#drawdown-table .table-row-cell").nth(1).query());
        String peak = view.table().getSelectionModel().getSelectedItem().period().peak().text();

        robot.interact(ctx::dataChanged);

        assertThat(view.table().getSelectionModel().getSelectedItem().period().peak().text()).isEqualTo(peak);
        assertThat(ChartFactory.highlight(view.chart())).isNotNull();
    }
}
