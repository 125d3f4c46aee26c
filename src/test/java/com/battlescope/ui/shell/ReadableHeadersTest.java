package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.Theme;
import com.battlescope.ui.Views;
import com.battlescope.ui.widgets.TableFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At the smallest supported window (1280 x 800) no page title, no header of a visible column, nor a short cell is cut. */
@ExtendWith(ApplicationExtension.class)
class ReadableHeadersTest {
    @TempDir
    static Path temp;

    private final Preferences prefs = Preferences.userRoot().node("com/battlescope/test/headers-" + System.nanoTime());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppContext ctx = new AppContext(new InlineJobs());
        window = new MainWindow(ctx, Views.create(ctx), new RecentFolders(prefs));
        Theme.apply(false); // the app's real fonts and paddings (AtlantaFX), not Modena's
        Scene scene = new Scene(window, 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
        javafx.application.Application.setUserAgentStylesheet(null);
    }

    @Test
    void everyHeaderOfEveryPageIsReadable(FxRobot robot) {
        Path dir = Fixtures.copy("full-split", temp.resolve("h"));
        WaitForAsyncUtils.asyncFx(() -> window.open(dir));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        List<String> cut = new ArrayList<>();
        List<String> timesShown = new ArrayList<>();
        List<String> cutCells = new ArrayList<>();
        int tables = 0;
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            // the leaderboard's advanced columns too
            for (Node n : robot.from(tab.getContent()).lookup(".check-box").queryAll()) {
                if (n instanceof CheckBox c && c.getText() != null && c.getText().startsWith("Advanced")) {
                    robot.interact(() -> c.setSelected(true));
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            // times on screen to the second; the stamp as written (microseconds) in the cell's tooltip
            for (Node n : robot.from(tab.getContent()).lookup(".table-cell").queryAll()) {
                if (n instanceof javafx.scene.control.TableCell<?, ?> c && shown(c) && c.getText() != null
                        && c.getText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")) {
                    if (c.getTooltip() != null) {
                        assertThat(c.getTooltip().getText()).as(tab.getText()).startsWith(c.getText())
                                .isNotEqualTo(c.getText());
                        timesShown.add(tab.getText());
                    }
                }
                if (n instanceof Labeled l && shown(l) && l.getText() != null
                        && l.getText().matches(".*\\d\\d:\\d\\d:\\d\\d\\.\\d{6}.*")) {
                    cut.add(tab.getText() + ": a time with microseconds on screen: " + l.getText());
                }
            }
            for (Node n : robot.from(tab.getContent()).lookup(".table-view").queryAll()) {
                if (!(n instanceof TableView<?> table) || !shown(table) || table.getScene() == null) {
                    continue;
                }
                tables++;
                for (Node h : table.lookupAll(".column-header")) {
                    if (h instanceof TableColumnHeader header && header.getTableColumn() != null
                            && header.getTableColumn().isVisible()
                            && header.lookup(".label") instanceof Labeled label && TableFit.isCut(label)) {
                        cut.add(tab.getText() + ": " + label.getText());
                    }
                }
                for (Node c : table.lookupAll(".table-cell")) {
                    if (c instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                            && cell.isVisible() && TableFit.isCut(cell)
                            && TableFit.contentWidth(cell) <= TableFit.MAX_CELL_WIDTH) {
                        cutCells.add(tab.getText() + ": " + cell.getText());
                    }
                }
            }
        }
        Node models = robot.lookup("#model-list").query();
        for (Node n : models.lookupAll(".check-box")) {
            if (n instanceof Labeled box && TableFit.isCut(box)) {
                cut.add("Models: " + box.getText());
            }
        }
        assertThat(models.lookupAll(".scroll-bar")).as("model list scroll bars")
                .noneMatch(b -> b instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
        // a tab pane shows its drop-down of pages only when their titles do not all fit
        for (Node p : robot.lookup(".tab-pane").queryAll()) {
            for (Node overflow : p.lookupAll(".control-buttons-tab")) {
                if (owner(overflow) == p && shown(p) && overflow.isVisible()) {
                    cut.add("Tabs: the page titles do not all fit in " + ((javafx.scene.layout.Region) p).getWidth()
                            + " px");
                }
            }
        }
        for (Node n : tabs.lookupAll(".tab-label")) {
            if (n instanceof Labeled title && TableFit.isCut(title)) {
                cut.add("Tabs: " + title.getText());
            }
        }
        assertThat(tables).as("tables looked at").isGreaterThanOrEqualTo(5);
        assertThat(timesShown).as("pages with times checked").contains("Trades", "Decision log", "Drawdown");
        assertThat(cut).as("headers cut at 1280 x 800").isEmpty();
        assertThat(cutCells).as("short cells cut at 1280 x 800").isEmpty();
    }

    /** On screen: the node and every parent visible (a table on another inner tab is not). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Node owner(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane) {
                return n;
            }
        }
        return null;
    }
}
