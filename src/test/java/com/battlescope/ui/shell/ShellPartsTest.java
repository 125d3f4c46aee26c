package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.service.BattleOverview;
import com.battlescope.service.ServerSpec;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The parts the main window is made of, each on its own: menus, status bar, the folder chooser's start. */
@ExtendWith(ApplicationExtension.class)
class ShellPartsTest {
    @TempDir
    Path tmp;
    private final Preferences prefs = Preferences.userRoot().node("com/battlescope/test/parts-" + System.nanoTime());
    private final List<String> done = new ArrayList<>();

    @Start
    void start(Stage stage) {
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void pagesGetTheDigitRowInOrderAndTheEleventhNone() {
        assertThat(MainMenus.pageKey(0)).isEqualTo(KeyCombination.keyCombination("Shortcut+1"));
        assertThat(MainMenus.pageKey(8)).isEqualTo(KeyCombination.keyCombination("Shortcut+9"));
        assertThat(MainMenus.pageKey(9)).isEqualTo(KeyCombination.keyCombination("Shortcut+0"));
        assertThat(MainMenus.pageKey(10)).isNull();
    }

    @Test
    void recentFoldersOpenFromTheFileMenuAndContributedMenusGoBeforeHelp(FxRobot robot) throws Exception {
        RecentFolders recent = new RecentFolders(prefs);
        MainMenus[] menus = new MainMenus[1];
        robot.interact(() -> menus[0] = new MainMenus(List.of(page("one"), page("two")), recent, actions(),
                id -> done.add("select " + id), () -> null));
        Menu recentMenu = menus[0].recentMenu();
        assertThat(recentMenu.isDisable()).as("nothing opened yet").isTrue();

        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        robot.interact(() -> {
            recent.add(a);
            recent.add(b);
            menus[0].refreshRecent();
        });
        assertThat(recentMenu.isDisable()).isFalse();
        assertThat(recentMenu.getItems()).extracting(MenuItem::getText).containsExactly(b.toString(), a.toString());
        robot.interact(() -> recentMenu.getItems().get(1).fire());
        assertThat(done).containsExactly("open " + a);

        robot.interact(() -> menus[0].viewMenu().getItems().get(1).fire());
        assertThat(done).containsExactly("open " + a, "select two");
        done.clear();

        // server battles follow the folders, named without any password, and open the server again
        ServerSpec server = new ServerSpec("db.example.org", 5432, "battles", "ana", "require", "spring25");
        robot.interact(() -> {
            recent.servers().add(server);
            menus[0].refreshRecent();
        });
        assertThat(recentMenu.getItems()).extracting(MenuItem::getText).containsExactly(b.toString(), a.toString(),
                null, "PostgreSQL ana@db.example.org:5432/battles · spring25");
        assertThat(prefs.keys()).allSatisfy(k -> assertThat(prefs.get(k, "")).doesNotContainIgnoringCase("password"));
        robot.interact(() -> recentMenu.getItems().get(3).fire());
        assertThat(done).endsWith("open server ana@db.example.org:5432/battles · spring25");

        robot.interact(() -> menus[0].add(new Menu("Export")));
        assertThat(menus[0].bar().getMenus()).extracting(Menu::getText)
                .containsExactly("File", "View", "Export", "Help");
    }

    @Test
    void statusBarFollowsTheOverviewAndForgetsItWhenNothingIsOpen(FxRobot robot) {
        SimpleObjectProperty<BattleOverview> overview = new SimpleObjectProperty<>();
        MainStatusBar[] bar = new MainStatusBar[1];
        robot.interact(() -> bar[0] = new MainStatusBar(overview, new InlineJobs()));
        Label summary = (Label) bar[0].node().getRightItems().stream()
                .filter(n -> "status-summary".equals(n.getId())).findFirst().orElseThrow();
        Label warning = (Label) bar[0].node().getRightItems().stream()
                .filter(n -> "status-warning".equals(n.getId())).findFirst().orElseThrow();
        assertThat(bar[0].node().getText()).isEqualTo("No battle open");

        Path folder = tmp.resolve("battle");
        robot.interact(() -> overview.set(new BattleOverview(folder, "split", false, List.of("m1", "m2"), 1200, 34, 5,
                null, List.of("x.db: hourly_snapshots row 7 (model m1) equity 'abc', not a number it can use: the row"
                        + " is skipped in every figure", "second"))));
        assertThat(bar[0].node().getText()).isEqualTo(folder.toString());
        assertThat(summary.getText())
                .isEqualTo("split layout · 2 models · 1,200 snapshots · 34 decisions · 5 trades · last snapshot none");
        assertThat(summary.getTooltip()).as("no snapshot, no tooltip").isNull();
        assertThat(warning.getText()).startsWith("⚠ Skipped hourly_snapshots row 7").endsWith("(+1 more)");
        assertThat(warning.getTooltip().getText()).endsWith("\nsecond");

        robot.interact(() -> bar[0].showMessage("Copied 3 rows"));
        robot.interact(() -> overview.set(null));
        assertThat(bar[0].node().getText()).isEqualTo("No battle open");
        assertThat(summary.getText()).isEmpty();
        assertThat(warning.getText()).isEmpty();
        assertThat(warning.getTooltip()).isNull();
    }

    @Test
    void theChooserStartsBesideTheLastFolderWhileItExists() throws Exception {
        Path last = Files.createDirectories(tmp.resolve("battles").resolve("june"));
        assertThat(FolderDrop.startAt(last)).isEqualTo(tmp.resolve("battles").toFile());
        assertThat(FolderDrop.startAt(tmp.resolve("gone"))).isNull();
        assertThat(FolderDrop.startAt(null)).isNull();
        Path root = last.getRoot();
        assertThat(FolderDrop.startAt(root)).as("no parent: the folder itself").isEqualTo(root.toFile());
    }

    private MainMenus.Actions actions() {
        return new MainMenus.Actions() {
            @Override
            public void chooseFolder() {
                done.add("choose");
            }

            @Override
            public void open(Path folder) {
                done.add("open " + folder);
            }

            @Override
            public void reload() {
                done.add("reload");
            }

            @Override
            public void chooseServer() {
                done.add("choose server");
            }

            @Override
            public void openServer(ServerSpec server) {
                done.add("open server " + server.label());
            }

            @Override
            public void copyToServer() {
                done.add("copy to server");
            }
        };
    }

    private static AnalysisView page(String id) {
        return new AnalysisView() {
            private final Label node = new Label(id);

            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return id;
            }

            @Override
            public javafx.scene.Node node() {
                return node;
            }

            @Override
            public void refresh() {
            }

            @Override
            public DataTable tableData() {
                return null;
            }
        };
    }
}
