package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.verdict.VerdictColumns;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.LeaderboardRow;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
class LeaderboardUncertaintyTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        stage.setScene(new Scene((Parent) new LeaderboardView(ctx, new LeaderboardService(), new VerdictService()).node(), 1900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    @Test
    void theToggleAddsIntervalsAndTheBestSetMarker(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "significant", tmp);
        @SuppressWarnings("unchecked")
        TableView<LeaderboardRow> table = robot.lookup("#leaderboard-table").queryAs(TableView.class);
        assertThat(ViewFixture.columnTexts(table)).doesNotContain("Return 95 % interval");

        robot.clickOn("#uncertainty");
        List<String> columns = ViewFixture.columnTexts(table);
        assertThat(columns).contains("Best set", "Return 95 % interval", "Sharpe / period 95 % interval");
        assertThat(columns.indexOf("Return 95 % interval")).isEqualTo(columns.indexOf("Return %") + 1);
        VerdictResult v = new VerdictService().verdict(battle, TimeRange.ALL, List.of(), new VerdictOptions(0.05, 0.95,
                2000, 1, null, 1), StationaryBootstrap.Control.NONE);
        for (var m : v.models()) {
            String ret = VerdictColumns.interval(m.totalReturnCi(), true);
            assertThat(ViewFixture.cells(robot, table)).as(m.modelId()).anyMatch(c -> ret.equals(c.getText()));
        }
        assertThat(ViewFixture.cells(robot, table).stream().filter(c -> "●".equals(c.getText()))).hasSize(1);

        robot.clickOn("#uncertainty");
        assertThat(ViewFixture.columnTexts(table)).doesNotContain("Best set", "Return 95 % interval");
    }
}
