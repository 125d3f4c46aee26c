package com.battlescope.ui.views;

import com.battlescope.ui.widgets.SpecTable;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.TradesService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
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
class TradesViewTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private TradesView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new TradesView(ctx, new TradesService());
        stage.setScene(new Scene((Parent) view.node(), 1500, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private static String stats(FxRobot robot) {
        return robot.lookup("#trades-stats").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Trade> table(FxRobot robot) {
        return robot.lookup("#trades-table").queryAs(TableView.class);
    }

    private static List<String> column(DataTable t, String header) {
        int i = t.headers().indexOf(header);
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    @Test
    void showsTheTradeLogNewestFirstWithItsStats(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);

        DataTable shown = view.tableData();
        assertThat(shown.rows()).hasSize(384);
        assertThat(shown.rows().get(0)).containsExactly("mistral-large", "MSFT", "long",
                "2025-01-30 12:02:10.835328+00:00", "$625.59", "23", "2025-02-04 16:03:11.071138+00:00", "$603.22",
                "stop_loss", "-$514.51", "-3.58%", "5d 4h", "—");
        // sqlite3 over trade_log: 220 winners of 384, PF 1.3579, mean 27.3472, max 855.50, min -966.24
        assertThat(stats(robot)).isEqualTo("384 trades · win rate 57.29% · profit factor 1.36 · expectancy $27.35"
                + " · best $855.50 · worst -$966.24");
        assertThat(robot.lookup("#reconstructed-banner").queryAs(Label.class).isVisible()).isFalse();
        assertThat(ViewFixture.cell(robot, table(robot), "-$514.51").getStyleClass()).contains("numeric");
    }

    @Test
    void filtersNarrowTheRowsAndTheStats(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        assertThat(combo(robot, "#trade-symbol").getItems()).startsWith(TradesView.ALL_SYMBOLS).contains("AAPL");

        robot.clickOn("#trade-direction");
        robot.clickOn(robot.lookup(".list-cell").match((Labeled c) -> "short".equals(c.getText())).queryLabeled());
        robot.interact(() -> combo(robot, "#trade-symbol").setValue("AAPL"));

        assertThat(view.tableData().rows()).hasSize(21)
                .allMatch(r -> r.get(1).equals("AAPL") && r.get(2).equals("short"));
        // sqlite3: 21 AAPL shorts, 15 winners, PF 2.9471, mean 57.1924, max 253.70, min -220.22
        assertThat(stats(robot)).isEqualTo("21 trades · win rate 71.43% · profit factor 2.95 · expectancy $57.19"
                + " · best $253.70 · worst -$220.22");

        robot.interact(() -> combo(robot, "#trade-outcome").setValue(TradesView.WINNERS));
        assertThat(view.tableData().rows()).hasSize(15);
        assertThat(stats(robot)).isEqualTo("15 trades · win rate 100.00% · profit factor ∞ · expectancy $121.19"
                + " · best $253.70 · worst $18.69");
    }

    @Test
    void pickedModelsAndRangeReloadKeepingTheFilters(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        robot.interact(() -> combo(robot, "#trade-direction").setValue("long"));

        robot.interact(() -> ctx.pickModels(List.of("deepseek-v3")));
        assertThat(view.tableData().rows()).hasSize(42).allMatch(r -> r.get(0).equals("deepseek-v3"));
        assertThat(combo(robot, "#trade-direction").getValue()).isEqualTo("long");

        robot.interact(() -> {
            combo(robot, "#trade-direction").setValue(TradesView.ALL_DIRECTIONS);
            ctx.pickModels(List.of());
            ctx.setRange(TimeRange.parse("2025-02-03", null));
        });
        assertThat(view.tableData().rows()).hasSize(38);
    }

    @Test
    void sortingByProfitPutsTheWorstTradeFirst(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);

        robot.clickOn(ViewFixture.header(robot, table(robot), "P&L $"));

        assertThat(column(view.tableData(), "P&L $")).startsWith("-$966.24", "-$646.38");
        assertThat(column(view.tableData(), "Model")).startsWith("llama-3.1-405b", "mistral-large");
    }

    @Test
    void reconstructedTradesGetABannerAndMarkedHeaders(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "engine-default", tmp);
        robot.interact(() -> ctx.pickModels(List.of("claude-sonnet-3.5")));

        Label banner = robot.lookup("#reconstructed-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Reconstructed from executed decisions");
        assertThat(ViewFixture.columnTexts(table(robot))).contains("P&L $ (reconstructed)", "P&L % (reconstructed)");
        assertThat(view.tableData().rows()).hasSize(39);
        assertThat(stats(robot)).startsWith("39 trades (reconstructed) · win rate 61.54% · profit factor 1.96");

        battle.close();
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        assertThat(banner.isVisible()).isFalse();
        assertThat(ViewFixture.columnTexts(table(robot))).contains("P&L $");
    }

    @Test
    void liveReloadKeepsTheRowsInViewAndTheSelection(FxRobot robot) throws Exception {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        TableView<Trade> table = table(robot);
        robot.interact(() -> {
            table.scrollTo(200);
            table.getSelectionModel().select(205);
        });
        Trade top = table.getItems().get(200);
        Trade selected = table.getSelectionModel().getSelectedItem();

        // the engine closes a new trade: newest first, it lands above everything
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + battle.path().resolve("metrics_timeseries.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO trade_log (model_id, symbol, direction, entry_price, entry_time, shares,"
                    + " exit_price, exit_time, exit_reason, realized_pnl, realized_pnl_pct)"
                    + " VALUES ('gpt-4o', 'AAPL', 'long', 110, '2025-02-05 10:00:00', 10, 111,"
                    + " '2025-02-05 11:00:00', 'manual', 10, 0.9)");
        }
        robot.interact(ctx::dataChanged);

        assertThat(table.getItems()).hasSize(385);
        assertThat(table.getItems().get(0).exitTime().text()).isEqualTo("2025-02-05 11:00:00");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selected.id());
        // the scroll is put back after the next layout pulse
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> table.getItems().get(SpecTable.topRow(flow)).id().equals(top.id()));
    }
}
