package com.battlescope.ui.views;

import com.battlescope.ui.widgets.ReasoningArea;
import static com.battlescope.ui.views.ViewRobot.choose;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The decision log of the full-split fixture: 4,470 decisions, newest first, 100 a page. */
@ExtendWith(ApplicationExtension.class)
class DecisionsViewTest {
    private Path dir;
    private Battle battle;
    private AppContext ctx;
    private DecisionsView view;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new DecisionsView(ctx, new DecisionLogService());
        stage.setScene(new Scene((Parent) view.node(), 1500, 950));
        stage.show();
    }

    /** Opened on the test thread, shown through interact: SQLite in @Start can outlast TestFX's setup timeout. */
    @BeforeEach
    void open(FxRobot robot) throws Exception {
        dir = Fixtures.copy("full-split", Files.createTempDirectory("decisions-view"));
        battle = ViewFixture.show(robot, ctx, new BattleService().open(dir));
    }

    @AfterEach
    void close() {
        battle.close();
    }

    @Test
    void opensOnTheNewestPage(FxRobot robot) {
        assertThat(rows(robot)).hasSize(100);
        assertThat(ids(robot).get(0)).isEqualTo(4457L);
        assertThat(label(robot, "#decisions-rows")).isEqualTo("Page 1 · rows 1–100");
        assertThat(robot.lookup("#decisions-prev").queryButton().isDisabled()).isTrue();
        assertThat(view.tableData().rows()).hasSize(100);
        assertThat(view.tableData().rows().get(0).get(0)).isEqualTo("4457");
    }

    @Test
    void filterByModelAndDecision(FxRobot robot) {
        choose(robot, "#decisions-model", "gpt-4o");
        choose(robot, "#decisions-decision", "close");

        assertThat(rows(robot)).hasSize(83).allSatisfy(d -> {
            assertThat(d.modelId()).isEqualTo("gpt-4o");
            assertThat(d.decision()).isEqualTo("close");
        });
        assertThat(rows(robot).get(0)).extracting(Decision::id, Decision::symbol, Decision::confidence)
                .containsExactly(4383L, "TSLA", 55.5);
        assertThat(label(robot, "#decisions-rows")).isEqualTo("Page 1 · rows 1–83 (last page)");
        assertThat(robot.lookup("#decisions-next").queryButton().isDisabled()).isTrue();
        // the cells show it too
        assertThat(robot.lookup("#decisions-table .decision-badge").queryAllAs(javafx.scene.control.Label.class))
                .isNotEmpty().allSatisfy(b -> assertThat(b.getText()).isEqualTo("CLOSE"));

        choose(robot, "#decisions-executed", "not executed");
        assertThat(rows(robot)).allSatisfy(d -> assertThat(d.executed()).isFalse());
        choose(robot, "#decisions-model", "All models");
        choose(robot, "#decisions-executed", "Executed or not");
        assertThat(rows(robot)).hasSize(100).allSatisfy(d -> assertThat(d.decision()).isEqualTo("close"));
        assertThat(rows(robot).stream().map(Decision::modelId).distinct().count()).isGreaterThan(1);
    }

    @Test
    void nextAndPreviousPagesReturnTheRightRows(FxRobot robot) {
        robot.clickOn("#decisions-next");
        assertThat(label(robot, "#decisions-rows")).isEqualTo("Page 2 · rows 101–200");
        assertThat(ids(robot).get(0)).isEqualTo(4354L);
        assertThat(ids(robot).get(99)).isEqualTo(4263L);

        robot.clickOn("#decisions-next");
        assertThat(ids(robot).get(0)).isEqualTo(4283L);
        assertThat(label(robot, "#decisions-rows")).isEqualTo("Page 3 · rows 201–300");

        robot.clickOn("#decisions-prev");
        assertThat(ids(robot).get(0)).isEqualTo(4354L);
        robot.clickOn("#decisions-prev");
        assertThat(ids(robot).get(0)).isEqualTo(4457L);
        assertThat(ids(robot).get(99)).isEqualTo(4353L);
        assertThat(robot.lookup("#decisions-prev").queryButton().isDisabled()).isTrue();
    }

    @Test
    void selectingARowShowsItsFullReasoning(FxRobot robot) {
        choose(robot, "#decisions-symbol", "AAPL");
        choose(robot, "#decisions-model", "grok-2");
        robot.clickOn("#decisions-search").write("Earnings drift").type(KeyCode.ENTER);

        Decision target = rows(robot).stream().filter(d -> d.id() == 1497L).findFirst().orElseThrow();
        int index = rows(robot).indexOf(target);
        robot.interact(() -> table(robot).scrollTo(index));
        robot.clickOn(robot.lookup("#decisions-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getItem() == target).findFirst().orElseThrow());

        ReasoningArea area = robot.lookup("#decisions-reasoning").queryAs(ReasoningArea.class);
        assertThat(area.shownText()).hasSize(2894).startsWith("Earnings drift remains positive; sector rotation")
                .isEqualTo(target.reasoning());
        assertThat(label(robot, "#decisions-detail-title"))
                .isEqualTo("grok-2 · AAPL · hold · 2025-01-15 12:01:53.392808 · Not executed");
        assertThat(rows(robot)).allSatisfy(d -> assertThat(d.reasoning()).containsIgnoringCase("earnings drift"));
        // the reasoning column shows the first line only
        assertThat(table(robot).getColumns().get(8).getCellData(index).toString()).hasSizeLessThan(210)
                .endsWith(" …");
    }

    @Test
    void newRowsKeepTheSelection(FxRobot robot) throws Exception {
        robot.interact(() -> table(robot).getSelectionModel().select(2));
        Decision selected = table(robot).getSelectionModel().getSelectedItem();

        ViewRobot.insert(dir, new Decision(null, "grok-2", "NVDA", "buy", "fresh signal", 61.0,
                Stamp.parse("2025-02-04 16:30:00"), 140.0, null, null, null, null, null, false, null, null, null));
        robot.interact(ctx::dataChanged);

        assertThat(rows(robot).get(0)).extracting(Decision::id, Decision::reasoning)
                .containsExactly(4471L, "fresh signal");
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(selected.id());
        assertThat(robot.lookup("#decisions-reasoning").queryAs(ReasoningArea.class).shownText())
                .isEqualTo(selected.reasoning());
    }

    @Test
    void pickedModelsLimitTheLogAndTheModelFilter(FxRobot robot) {
        robot.interact(() -> ctx.pickModels(List.of("gpt-4o", "grok-2")));

        assertThat(rows(robot)).hasSize(100)
                .allSatisfy(d -> assertThat(d.modelId()).isIn("gpt-4o", "grok-2"));
        ComboBox<String> models = robot.lookup("#decisions-model").queryComboBox();
        assertThat(models.getItems()).containsExactly(DecisionsView.ALL, "gpt-4o", "grok-2");
        robot.clickOn("#decisions-next");
        assertThat(rows(robot)).allSatisfy(d -> assertThat(d.modelId()).isIn("gpt-4o", "grok-2"));
        assertThat(label(robot, "#decisions-rows")).isEqualTo("Page 2 · rows 101–200");
    }

    private static TableView<Decision> table(FxRobot robot) {
        return robot.lookup("#decisions-table").queryTableView();
    }

    private static List<Decision> rows(FxRobot robot) {
        return List.copyOf(table(robot).getItems());
    }

    private static List<Long> ids(FxRobot robot) {
        return rows(robot).stream().map(Decision::id).toList();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
