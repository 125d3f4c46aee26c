package com.battlescope.ui.views;

import com.battlescope.ui.widgets.ReasoningArea;
import static com.battlescope.ui.views.ViewRobot.choose;
import static com.battlescope.ui.views.ViewRobot.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ComparisonViewService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison of AAPL on 2025-01-15 in the full-split fixture: seven hourly moments, eight models. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {
    private Path dir;
    private Battle battle;
    private AppContext ctx;
    private ComparisonView view;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        ctx.setRange(TimeRange.parse("2025-01-15", "2025-01-16"));
        view = new ComparisonView(ctx);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1580, 950));
        stage.show();
    }

    /** Opened on the test thread, shown through interact: SQLite in @Start can outlast TestFX's setup timeout. */
    @BeforeEach
    void open(FxRobot robot) throws Exception {
        dir = Fixtures.copy("full-split", Files.createTempDirectory("comparison-view"));
        // gpt-4o's 16:00 AAPL reasoning becomes a megabyte, as the engine allows
        ViewRobot.sql(dir.resolve("decisions.db"), "UPDATE decision_log SET reasoning = ? WHERE id = 1583",
                "Big. " + "x".repeat((1 << 20) - 5));
        battle = ViewFixture.show(robot, ctx, new BattleService().open(dir));
    }

    @AfterEach
    void close() {
        battle.close();
    }

    @Test
    void stepsThroughTheMomentsWithButtonsAndArrowKeys(FxRobot robot) {
        choose(robot, "#comparison-symbol", "AMZN");
        assertThat(moment(robot)).contains("2025-01-15").doesNotContain("16:00:03");
        choose(robot, "#comparison-symbol", "AAPL");

        // a new symbol opens on its newest moment: everyone who decided at 16:00 held
        assertThat(moment(robot)).isEqualTo("7 / 7  ·  2025-01-15 16:00:03  ·  consensus");
        assertThat(cards(robot)).containsExactly(
                Map.entry("claude-sonnet-3.5", "HOLD 69.7 %"), Map.entry("deepseek-v3", "none"),
                Map.entry("gemini-1.5-pro", "HOLD 67.5 %"), Map.entry("gpt-4o", "HOLD 57.4 %"),
                Map.entry("grok-2", "HOLD 58.6 %"), Map.entry("llama-3.1-405b", "HOLD 64.6 %"),
                Map.entry("mistral-large", "none"), Map.entry("qwen-2.5-72b", "none"));
        assertThat(button(robot, "#comparison-next").isDisabled()).isTrue();

        robot.clickOn("#comparison-prev");
        robot.clickOn("#comparison-prev");
        assertThat(moment(robot)).isEqualTo("5 / 7  ·  2025-01-15 14:00:33  ·  dissent");
        assertThat(cards(robot)).containsExactly(
                Map.entry("claude-sonnet-3.5", "CLOSE 38.1 %"), Map.entry("deepseek-v3", "HOLD 67.7 %"),
                Map.entry("gemini-1.5-pro", "none"), Map.entry("gpt-4o", "SELL 88.8 %"),
                Map.entry("grok-2", "none"), Map.entry("llama-3.1-405b", "HOLD 71.6 %"),
                Map.entry("mistral-large", "HOLD 53.7 %"), Map.entry("qwen-2.5-72b", "none"));
        Node gpt = card(robot, "gpt-4o");
        assertThat(robot.from(gpt).lookup(".decision-badge").queryAs(Label.class).getStyleClass())
                .contains("decision-sell");
        assertThat(robot.from(gpt).lookup(".card-confidence-bar").queryAs(ProgressBar.class).getProgress())
                .isEqualTo(0.888, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(text(robot, gpt, ".card-execution")).startsWith("Executed: filled");
        assertThat(text(robot, card(robot, "gemini-1.5-pro"), ".card-empty")).isEqualTo("No decision within ±5 min");

        robot.type(KeyCode.LEFT);
        assertThat(moment(robot)).isEqualTo("4 / 7  ·  2025-01-15 13:02:46  ·  consensus");
        assertThat(cards(robot)).containsEntry("mistral-large", "HOLD 90.8 %")
                .containsEntry("qwen-2.5-72b", "HOLD 68.5 %")
                .containsEntry("gpt-4o", "none");
        robot.type(KeyCode.RIGHT, 3);
        assertThat(moment(robot)).startsWith("7 / 7");
        robot.type(KeyCode.LEFT, 10);
        assertThat(moment(robot)).isEqualTo("1 / 7  ·  2025-01-15 10:00:14  ·  dissent");
        assertThat(button(robot, "#comparison-prev").isDisabled()).isTrue();
        assertThat(cards(robot)).containsEntry("gemini-1.5-pro", "CLOSE 72.2 %")
                .containsEntry("qwen-2.5-72b", "HOLD 52.4 %");
    }

    @Test
    void theMomentListShowsTimeAndConsensusAndPicksAMoment(FxRobot robot) {
        ListView<?> list = robot.lookup("#comparison-moments").queryListView();
        assertThat(list.getItems()).hasSize(7);

        robot.clickOn(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("2025-01-15 12:00:07")).findFirst()
                .orElseThrow());

        assertThat(moment(robot)).isEqualTo("3 / 7  ·  2025-01-15 12:00:07+00:00  ·  consensus");
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && t.startsWith("2025-01-15 1")).toList())
                .contains("2025-01-15 12:00:07  ✓ consensus (7)", "2025-01-15 14:00:33  ≠ dissent (5)");
        // grok-2's reasoning is 2,894 characters: shown whole, wrapping
        ReasoningArea grok = robot.from(card(robot, "grok-2")).lookup(".card-reasoning").queryAs(ReasoningArea.class);
        assertThat(grok.shownText()).hasSize(2894).startsWith("Earnings drift remains positive;");
        assertThat(grok.parts()).isEqualTo(1);
        assertThat(grok.textArea().isWrapText()).isTrue();
        assertThat(grok.textArea().isEditable()).isFalse();
    }

    @Test
    void aMegabyteOfReasoningIsShownInParts(FxRobot robot) throws Exception {
        ReasoningArea gpt = robot.from(card(robot, "gpt-4o")).lookup(".card-reasoning").queryAs(ReasoningArea.class);
        assertThat(gpt.fullText()).hasSize(1 << 20);
        assertThat(gpt.shownText()).hasSize(ReasoningArea.PART).startsWith("Big. xxx");
        assertThat(text(robot, gpt, ".reasoning-part")).isEqualTo("Part 1 of 105 · 1,048,576 characters");
        assertThat(robot.from(gpt).lookup(".reasoning-previous-part").queryButton().isDisabled()).isTrue();

        long t0 = System.nanoTime();
        robot.clickOn(robot.from(gpt).lookup(".reasoning-next-part").queryButton());
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(text(robot, gpt, ".reasoning-part")).startsWith("Part 2 of 105");
        assertThat(gpt.shownText()).hasSize(ReasoningArea.PART).isEqualTo("x".repeat(ReasoningArea.PART));
        System.err.println("next part of a 1 MB reasoning, click to shown: " + ms + " ms");

        robot.clickOn(robot.from(gpt).lookup(".reasoning-copy").queryButton());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(gpt.fullText());
        // the cards of other models are short and show no pager
        ReasoningArea claude = robot.from(card(robot, "claude-sonnet-3.5")).lookup(".card-reasoning")
                .queryAs(ReasoningArea.class);
        assertThat(claude.parts()).isEqualTo(1);
        assertThat(claude.shownText()).isEqualTo(claude.fullText()).hasSize(84);
    }

    @Test
    void agreementTableAndConsensusLine(FxRobot robot) {
        TableView<?> table = robot.lookup("#comparison-agreement").queryTableView();
        List<String> rows = table.getItems().stream().map(item -> {
            StringBuilder s = new StringBuilder();
            for (var col : table.getColumns()) {
                s.append(col.getCellData(table.getItems().indexOf(item))).append(" | ");
            }
            return s.toString();
        }).toList();

        assertThat(rows).contains("claude-sonnet-3.5 / gpt-4o | 50.0 % | 2 | 4 | ",
                "deepseek-v3 / mistral-large | 100.0 % | 4 | 4 | ");
        assertThat(robot.lookup("#comparison-consensus").queryLabeled().getText())
                .isEqualTo("7 moments · 7 with two or more models: 4 consensus, 3 dissent (57.1 % consensus)");
        assertThat(view.tableData().rows()).isEqualTo(new ComparisonViewService().table(battle,
                ViewQuery.all().withSymbol("AAPL").withRange(ctx.range())).rows()).hasSize(66);
    }

    @Test
    void newRowsKeepTheMomentShownAndAddTheirOwn(FxRobot robot) throws Exception {
        robot.clickOn("#comparison-prev");
        robot.clickOn("#comparison-prev");
        assertThat(moment(robot)).startsWith("5 / 7  ·  2025-01-15 14:00:33");

        ViewRobot.insert(dir, new Decision(null, "qwen-2.5-72b", "AAPL", "buy", "late entry", 77.0,
                Stamp.parse("2025-01-15 17:30:00"), 108.5, null, null, null, null, null, false, null, null, null));
        robot.interact(ctx::dataChanged);

        assertThat(moment(robot)).isEqualTo("5 / 8  ·  2025-01-15 14:00:33  ·  dissent");
        robot.clickOn("#comparison-next");
        robot.clickOn("#comparison-next");
        robot.clickOn("#comparison-next");
        assertThat(moment(robot)).isEqualTo("8 / 8  ·  2025-01-15 17:30:00  ·  one model");
        assertThat(cards(robot)).containsEntry("qwen-2.5-72b", "BUY 77 %").containsEntry("gpt-4o", "none");
    }

    @Test
    void aNarrowerWindowSplitsMomentsAndKeepsTheOneShown(FxRobot robot) {
        robot.clickOn("#comparison-prev");
        robot.clickOn("#comparison-prev");
        Spinner<?> spinner = robot.lookup("#comparison-window").queryAs(Spinner.class);
        robot.interact(() -> spinner.getValueFactory().decrement(4));

        assertThat(moment(robot)).endsWith("2025-01-15 14:00:33  ·  one model");
        assertThat(cards(robot)).containsEntry("deepseek-v3", "HOLD 67.7 %").containsEntry("claude-sonnet-3.5", "none");
        assertThat(text(robot, card(robot, "claude-sonnet-3.5"), ".card-empty"))
                .isEqualTo("No decision within ±1 min");
        assertThat(robot.lookup("#comparison-moments").queryListView().getItems().size()).isGreaterThan(7);
    }

    @Test
    void pickedModelsAloneGetCards(FxRobot robot) {
        robot.interact(() -> ctx.pickModels(List.of("gpt-4o", "claude-sonnet-3.5")));

        assertThat(cards(robot)).containsOnlyKeys("claude-sonnet-3.5", "gpt-4o");
        assertThat(moment(robot)).isEqualTo("6 / 6  ·  2025-01-15 16:00:03  ·  consensus");
    }

    private static String moment(FxRobot robot) {
        return robot.lookup("#comparison-moment").queryLabeled().getText();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private static Node card(FxRobot robot, String model) {
        return robot.lookup(".comparison-card").queryAll().stream().filter(n -> model.equals(n.getUserData()))
                .findFirst().orElseThrow();
    }

    /** Each card as "BADGE confidence", or "none" when the card says the model made no decision. */
    private static Map<String, String> cards(FxRobot robot) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node card : robot.lookup(".comparison-card").queryAll().stream()
                .sorted(java.util.Comparator.comparing(Node::getLayoutX)).toList()) {
            Label empty = robot.from(card).lookup(".card-empty").queryAs(Label.class);
            out.put((String) card.getUserData(), empty.isVisible() ? "none"
                    : text(robot, card, ".decision-badge") + " " + text(robot, card, ".card-confidence"));
        }
        return out;
    }
}
