package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.view.SummariesService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SummariesViewTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private SummariesView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new SummariesView(ctx, new SummariesService());
        stage.setScene(new Scene((Parent) view.node(), 1500, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<Label> gridCells(FxRobot robot) {
        return robot.from(robot.lookup("#monthly-grid").queryAs(Parent.class)).lookup(".grid-cell")
                .queryAllAs(Label.class).stream().toList();
    }

    @Test
    void dailyRowsFromTheTableThenWeekly(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        DataTable daily = view.tableData();
        assertThat(daily.name()).isEqualTo("summaries-daily");
        assertThat(daily.rows()).hasSize(6);
        assertThat(daily.rows().get(0)).containsExactly("claude-sonnet-3.5", "2025-01-06", "$100,000.00",
                "$99,876.54", "$100,132.05", "$99,809.10", "-$123.46", "-0.12%", "0", "0", "—", "0.32%");
        assertThat(text(robot, "#summaries-source")).isEqualTo("Source: daily_summaries table");

        robot.clickOn("#period-weekly");

        DataTable weekly = view.tableData();
        assertThat(weekly.name()).isEqualTo("summaries-weekly");
        assertThat(weekly.headers()).contains("Week start", "Week end", "Winners", "Losers");
        assertThat(weekly.rows()).containsExactly(
                List.of("claude-sonnet-3.5", "2025-01-06", "2025-01-12", "$100,000.00", "$99,627.08", "-$372.92",
                        "-0.37%", "1", "0", "1", "0.00%", "-7.37", "0.39%"),
                List.of("gpt-4o", "2025-01-06", "2025-01-12", "$100,000.00", "$100,324.28", "$324.28", "0.32%", "1",
                        "0", "1", "0.00%", "3.62", "0.35%"));
        assertThat(text(robot, "#summaries-source")).isEqualTo("Source: weekly_summaries table");
    }

    @Test
    void monthlyGridColoursGainsGreenAndLossesRed(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        List<Label> cells = gridCells(robot);
        // two models x (12 months + the year)
        assertThat(cells).hasSize(26);
        Label claudeJan = cells.get(0);
        assertThat(claudeJan.getText()).isEqualTo("-0.37%");
        assertThat(claudeJan.getStyleClass()).contains("grid-negative");
        Label gptJan = cells.get(13);
        assertThat(gptJan.getText()).isEqualTo("0.32%");
        assertThat(gptJan.getStyleClass()).contains("grid-positive");
        assertThat(cells.get(1).getText()).isEqualTo("—");
        assertThat(cells.get(1).getStyleClass()).contains("grid-empty");
        assertThat(text(robot, "#grid-source")).isEqualTo("Monthly returns source: monthly_summaries table");
    }

    @Test
    void emptySummaryTablesAreComputedAndLabelled(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "engine-default", tmp);

        assertThat(text(robot, "#summaries-source"))
                .isEqualTo("Source: computed from hourly snapshots (daily_summaries is empty)");
        robot.clickOn("#period-monthly");
        DataTable monthly = view.tableData();
        assertThat(monthly.headers()).contains("Trades (reconstructed)");
        // claude: 100004.14 (first snapshot) to 103048.25
        assertThat(monthly.rows().get(0)).startsWith("claude-sonnet-3.5", "2025-01", "$100,004.14", "$103,048.25",
                "$3,044.11", "3.04%", "39");
        assertThat(text(robot, "#grid-source"))
                .isEqualTo("Monthly returns source: computed from hourly snapshots (monthly_summaries is empty)");
    }

    @Test
    void pickedModelsAndSortByReturn(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        robot.interact(() -> ctx.pickModels(List.of("gpt-4o", "llama-3.1-405b")));
        robot.clickOn("#period-monthly");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#summaries-table").queryAs(TableView.class);

        robot.clickOn(ViewFixture.header(robot, table, "Return %"));

        DataTable shown = view.tableData();
        assertThat(shown.rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(5)).containsExactly(
                "llama-3.1-405b 2025-01 -2.84%", "llama-3.1-405b 2025-02 -1.28%", "gpt-4o 2025-02 1.23%",
                "gpt-4o 2025-01 1.95%");
        assertThat(gridCells(robot)).hasSize(26);
    }
}
