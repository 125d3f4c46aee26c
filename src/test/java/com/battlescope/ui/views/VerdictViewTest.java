package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.verdict.VerdictColumns;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.XYChart;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class VerdictViewTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private VerdictView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new VerdictView(ctx, new VerdictService(), Runnable::run);
        stage.setScene(new Scene((Parent) view.node(), 1500, 1000));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    /** The service's own verdict with the view's default options (the number of threads does not change it). */
    private VerdictResult expected() {
        return new VerdictService().verdict(battle, TimeRange.ALL, List.of(), new VerdictOptions(0.05, 0.95, 2000, 1,
                null, 1), StationaryBootstrap.Control.NONE);
    }

    private static List<String> texts(FxRobot robot, String parent, String styleClass) {
        return robot.from(robot.lookup(parent).queryAs(Parent.class)).lookup(styleClass).queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).toList();
    }

    @Test
    void showsTheServicesHeadlineBestSetAndFigures(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "significant", tmp);
        VerdictResult v = expected();
        assertThat(robot.lookup("#verdict-headline").queryAs(Label.class).getText()).isEqualTo(v.headline())
                .startsWith("strong is significantly better than every other model");
        assertThat(texts(robot, "#verdict-best-set", ".verdict-chip")).containsExactlyElementsOf(v.bestSet());
        @SuppressWarnings("unchecked")
        TableView<ModelVerdict> table = robot.lookup("#verdict-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        for (ModelVerdict m : v.models()) {
            for (var column : VerdictColumns.models()) {
                String text = column.text().apply(m);
                assertThat(ViewFixture.cells(robot, table)).as(m.modelId() + " " + column.header())
                        .anyMatch(c -> text.equals(c.getText()));
            }
        }
        ModelVerdict strong = v.model("strong");
        assertThat(ViewFixture.cells(robot, table)).anyMatch(c -> c.getText().equals("3 / 0 / 0"))
                .anyMatch(c -> c.getText().equals(VerdictColumns.probability(strong.psrZero())))
                .anyMatch(c -> c.getText().equals(VerdictColumns.interval(strong.sharpeCi(), false)));
        DataTable exported = view.tableData();
        assertThat(exported.headers()).startsWith("model_id", "engine_rank", "n_returns", "sharpe_period");
        List<String> strongRow = exported.rows().get(3);
        assertThat(strongRow.subList(0, 3)).containsExactly("strong", "1", "959");
        assertThat(strongRow.get(exported.headers().indexOf("dsr"))).isEqualTo(strong.dsr().toString());
        assertThat(exported.rows().get(5).subList(0, 3)).containsExactly("model_a", "model_b", "n");
        assertThat(exported.rows()).anyMatch(r -> r.get(0).equals("headline") && r.get(1).equals(v.headline()));
        // rank probabilities: the engine's rank outlined, one per model
        assertThat(robot.lookup("#verdict-ranks").queryAs(Parent.class).lookupAll(".verdict-engine-rank")).hasSize(4);
    }

    @Test
    void clickingAMatrixCellShowsThePair(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "significant", tmp);
        VerdictResult v = expected();
        PairVerdict flatStrong = v.pair("flat", "strong");
        Label cell = robot.lookup("#verdict-matrix").queryAs(Parent.class).lookupAll(".verdict-cell").stream()
                .map(Label.class::cast).filter(l -> List.of("strong", "flat").equals(l.getUserData())).findFirst()
                .orElseThrow();
        assertThat(cell.getText()).isEqualTo(VerdictColumns.difference(flatStrong, "strong")).startsWith("+");
        assertThat(cell.getStyleClass()).contains("verdict-better");
        assertThat(cell.getTooltip().getText()).contains("strong vs flat")
                .contains("Holm p = " + VerdictColumns.decimal(flatStrong.pHolm(), 4))
                .contains("n = " + flatStrong.n() + " common hours");
        robot.scroll(0).moveTo(cell);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdict-pair-title").queryAs(Label.class).getText())
                .startsWith("flat vs strong: " + (flatStrong.n() + 1) + " common hours")
                .endsWith("strong is significantly better");
        XYChart chart = robot.lookup("#verdict-pair-chart").queryAs(XYChart.class);
        assertThat(ChartFactory.data(chart).series()).extracting(s -> s.name()).containsExactly("flat", "strong");
        assertThat(view.model().pairEquityProperty().get().equityA()).hasSize(flatStrong.n() + 1);
    }

    @Test
    void optionsRerunAndBadOptionsAreNamed(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.doubleClickOn("#verdict-replicates").write("300");
        robot.doubleClickOn("#verdict-seed").write("9");
        robot.clickOn("#verdict-run");
        WaitForAsyncUtils.waitForFxEvents();
        VerdictResult shown = view.model().result();
        assertThat(shown.bootstrap()).isEqualTo(300);
        assertThat(shown.seed()).isEqualTo(9);
        robot.doubleClickOn("#verdict-alpha").write("2");
        robot.clickOn("#verdict-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdict-message").queryAs(Label.class).getText()).contains("alpha");
        robot.doubleClickOn("#verdict-alpha").write("x");
        robot.clickOn("#verdict-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdict-message").queryAs(Label.class).getText()).isEqualTo("Not a number: \"x\"");
    }

    @Test
    void aHiddenTabRunsOnlyWhenShown(FxRobot robot) {
        robot.interact(() -> view.setShown(false));
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        assertThat(view.model().result()).isNull();
        robot.interact(() -> view.setShown(true));
        assertThat(view.model().result()).isNotNull();
        assertThat(view.model().result().models()).hasSize(2);
    }
}
