package com.battlescope.ui.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.index.IndexService;
import com.battlescope.testutil.EngineFiles;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.TempDataDirectory;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Maintenance › BattleScope index…, driven on the real dialog: what it shows, Delete after confirming, Rebuild. */
@ExtendWith({ApplicationExtension.class, TempDataDirectory.PerClass.class})
class IndexDialogTest {
    @TempDir
    static Path tmp;
    private Path folder;
    private AppContext ctx;
    private IndexController controller;


    @Start
    void start(Stage stage) throws Exception {
        folder = Fixtures.copy("engine-default", Files.createTempDirectory(tmp, "t"));
        ctx = new AppContext(new InlineJobs());
        controller = new IndexController(ctx, new IndexService());
        ctx.replaceBattle(new BattleService().open(folder));
        Menu menu = new Menu("Maintenance");
        menu.getItems().add(IndexDialog.menuItem(ctx, controller, () -> stage));
        stage.setScene(new Scene(new BorderPane(null, new MenuBar(menu), null, null, null), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        if (ctx.battle() != null) {
            ctx.battle().close();
        }
    }

    @Test
    void opensAfterTheBackgroundBuildShowsWhatItCoversThenDeletesAndRebuildsWithoutTouchingTheBattle(FxRobot robot)
            throws Exception {
        Battle battle = ctx.battle();
        assertThat(battle.usesIndex()).as("built in the background when the battle was opened").isTrue();
        Map<String, String> before = EngineFiles.hashes(folder);

        robot.clickOn("Maintenance").clickOn("BattleScope index…");

        assertThat(text(robot, "#index-fact-state")).startsWith("in use");
        assertThat(text(robot, "#index-fact-covers")).contains("decision_log in decisions.db: 1,907 rows")
                .contains("up to date");
        assertThat(text(robot, "#index-fact-size")).contains("% of decisions.db");
        assertThat(text(robot, "#index-fact-built")).contains("ago");
        assertThat(text(robot, "#index-fact-index-file")).isEqualTo(battle.indexStore().file().toString());

        robot.clickOn("#index-delete");
        robot.clickOn("Cancel");
        assertThat(Files.exists(battle.indexStore().file())).as("cancelled: still there").isTrue();
        robot.clickOn("#index-delete");
        robot.lookup("#index-delete-confirm").query();
        robot.clickOn("Delete");

        assertThat(Files.exists(battle.indexStore().file())).isFalse();
        assertThat(battle.usesIndex()).isFalse();
        assertThat(text(robot, "#index-fact-state")).startsWith("no index yet");
        assertThat(text(robot, "#index-result")).isEqualTo("index deleted");

        robot.clickOn("#index-rebuild");

        assertThat(Files.exists(battle.indexStore().file())).isTrue();
        assertThat(battle.usesIndex()).isTrue();
        assertThat(text(robot, "#index-fact-state")).startsWith("in use");
        assertThat(text(robot, "#index-result")).startsWith("index built in");
        assertThat(EngineFiles.hashes(folder)).as("the battle's files keep their bytes").isEqualTo(before);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
