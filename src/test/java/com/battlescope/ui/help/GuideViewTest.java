package com.battlescope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GuideViewTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new GuideView(), 900, 600));
        stage.show();
    }

    @Test
    void showsTheGuideHeadings(FxRobot robot) {
        List<String> shown = robot.lookup(".guide-heading").queryAllAs(TextFlow.class).stream()
                .map(GuideViewTest::text).toList();

        assertThat(shown).startsWith("BattleScope user guide", "Opening a battle", "The views")
                .contains("How the figures are defined", "Maintenance", "Export", "Live mode", "Keyboard shortcuts");
        assertThat(robot.lookup("#guide-toc").queryListView().getItems()).contains("Maintenance")
                .doesNotContain("BattleScope user guide");
    }

    @Test
    void rendersBoldSpansAndNumberedItems(FxRobot robot) {
        assertThat(robot.lookup(".guide-bold").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("Sharpe (parity)", "Max drawdown %", "∞");
        assertThat(robot.lookup(".guide-marker").queryLabeled().getText()).isEqualTo("1.");
    }

    @Test
    void tableOfContentsScrollsToTheSection(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#guide-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();

        ListView<String> toc = robot.lookup("#guide-toc").queryListView();
        robot.clickOn(robot.from(toc).lookup("Keyboard shortcuts").queryLabeled());

        assertThat(scroll.getVvalue()).isGreaterThan(0.8);
    }

    @Test
    void showWindowOpensOneGuideWindow(FxRobot robot) throws Exception {
        Stage first = WaitForAsyncUtils.asyncFx(() -> GuideView.showWindow(null)).get();
        Stage second = WaitForAsyncUtils.asyncFx(() -> GuideView.showWindow(null)).get();

        assertThat(second).isSameAs(first);
        assertThat(first.isShowing()).isTrue();
        assertThat(first.getTitle()).isEqualTo("BattleScope – User guide");
        assertThat(first.getIcons()).hasSize(8);
        robot.interact(first::close);
        Stage reopened = WaitForAsyncUtils.asyncFx(() -> GuideView.showWindow(null)).get();
        assertThat(reopened).isNotSameAs(first);
        robot.interact(reopened::close);
    }

    private static String text(TextFlow flow) {
        StringBuilder s = new StringBuilder();
        flow.getChildren().forEach(n -> s.append(((Text) n).getText()));
        return s.toString();
    }
}
