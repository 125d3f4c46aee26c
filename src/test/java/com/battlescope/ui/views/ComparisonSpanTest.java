package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ComparisonViewService;
import com.battlescope.service.view.ComparisonViewService.Span;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.FxJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole range of a folder counted as big opens on the last day; the user widens it. Real background jobs. */
@ExtendWith(ApplicationExtension.class)
class ComparisonSpanTest {
    private Battle battle;
    private FxJobs jobs;
    private AppContext ctx;
    private ComparisonView view;

    @Start
    void start(Stage stage) {
        jobs = new FxJobs();
        ctx = new AppContext(jobs);
        view = new ComparisonView(ctx, new ComparisonViewService(1_000));
        stage.setScene(new Scene((Parent) view.node(), 1580, 950));
        stage.show();
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Path dir = Fixtures.copy("full-split", Files.createTempDirectory("comparison-span"));
        battle = new BattleService().open(dir);
        List<String> models = battle.modelIds();
        robot.interact(() -> {
            ctx.listModels(models);
            ctx.replaceBattle(battle);
        });
    }

    @AfterEach
    void close() {
        jobs.shutdown();
        battle.close();
    }

    @Test
    void allOpensOnTheLastDayAndWidensOnRequest(FxRobot robot) throws Exception {
        awaitLoaded();
        ChoiceBox<?> span = robot.lookup("#comparison-span").queryAs(ChoiceBox.class);
        assertThat(span.isVisible()).isTrue();
        assertThat(span.getValue()).isEqualTo(Span.DAY);
        assertThat(moment(robot)).isEqualTo("7 / 7  ·  2025-02-04 16:00:09+00:00  ·  dissent");

        robot.clickOn(span);
        robot.clickOn("Everything");
        awaitLoaded();

        int all = robot.lookup("#comparison-moments").queryListView().getItems().size();
        assertThat(all).isGreaterThan(100);
        assertThat(moment(robot)).isEqualTo(all + " / " + all + "  ·  2025-02-04 16:00:09+00:00  ·  dissent");
        assertThat(span.getValue()).isEqualTo(Span.ALL);

        robot.interact(() -> ctx.setRange(TimeRange.parse("2025-01-15", "2025-01-16")));
        awaitLoaded();
        assertThat(span.isVisible()).isFalse();
        assertThat(moment(robot)).startsWith("7 / 7  ·  2025-01-15 16:00:03  ");
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.viewModel().loadingProperty().get()
                && view.viewModel().dataProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String moment(FxRobot robot) {
        return robot.lookup("#comparison-moment").queryLabeled().getText();
    }
}
