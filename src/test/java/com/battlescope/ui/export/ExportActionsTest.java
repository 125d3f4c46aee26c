package com.battlescope.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.export.ExportAll;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.views.EquityView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    Path tmp;
    private final Preferences prefs = Preferences.userRoot().node("battlescope-test-" + UUID.randomUUID());
    private AppContext ctx;
    private EquityView view;
    private Battle battle;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(new InlineJobs());
        view = new EquityView(ctx, new ChartService());
        stage.setScene(new Scene((Parent) view.node(), 1000, 700));
        stage.show();
    }

    @BeforeEach
    void open(FxRobot robot) {
        battle = new BattleService().open(Fixtures.copy("tiny", tmp));
        robot.interact(() -> {
            ctx.listModels(battle.modelIds());
            ctx.colors().assign(battle.modelIds());
            ctx.replaceBattle(battle);
        });
    }

    @AfterEach
    void close() throws Exception {
        battle.close();
        prefs.removeNode();
    }

    @Test
    void exportsTheTabInTheBackgroundAndReportsTheFile(FxRobot robot) throws Exception {
        ExportActions actions = new ExportActions(ctx, new ExportChooser(prefs));
        AtomicReference<Path> done = new AtomicReference<>();
        Path file = tmp.resolve("out/equity.svg");
        robot.interact(() -> actions.export(view, file, 800, 500, 1, done::set, e -> {
            throw new AssertionError(e);
        }));
        assertThat(done.get()).isEqualTo(file);
        assertThat(Files.readString(file)).contains(">" + battle.modelIds().get(0) + "</text>");
    }

    @Test
    void aFailedExportComesBackAsAnError(FxRobot robot) throws Exception {
        ExportActions actions = new ExportActions(ctx, new ExportChooser(prefs));
        Path blocker = Files.writeString(tmp.resolve("blocker"), "x");
        AtomicReference<Exception> failed = new AtomicReference<>();
        robot.interact(() -> actions.export(view, blocker.resolve("e.csv"), 800, 500, 1, p -> {
        }, failed::set));
        assertThat(failed.get()).hasMessageStartingWith(blocker.resolve("e.csv") + ": cannot write");
    }

    @Test
    void theContextMenuCopiesTheRowsAndOffersEveryFormat(FxRobot robot) {
        ExportActions actions = new ExportActions(ctx, new ExportChooser(prefs));
        List<String> status = new ArrayList<>();
        AtomicReference<String> pasted = new AtomicReference<>();
        robot.interact(() -> {
            ContextMenu menu = actions.contextMenu(view, stage, status::add);
            assertThat(menu.getItems()).extracting(MenuItem::getId).containsExactly("equity-copy-image",
                    "equity-copy-rows", null, "equity-export-png", "equity-export-svg", "equity-export-csv");
            menu.getItems().get(1).fire();
            pasted.set(Clipboard.getSystemClipboard().getString());
            menu.getItems().get(0).fire();
            assertThat(Clipboard.getSystemClipboard().hasImage()).isTrue();
        });
        assertThat(pasted.get().split("\n")).hasSize(1 + view.tableData().rows().size());
        assertThat(pasted.get()).startsWith(String.join("\t", view.tableData().headers()) + "\n");
        assertThat(status).containsExactly(view.tableData().rows().size() + " rows copied", "Image copied");
    }

    @Test
    void exportAllWritesTheReportAndReportsProgressOnTheFxThread(FxRobot robot) {
        ExportActions actions = new ExportActions(ctx, new ExportChooser(prefs));
        List<String> progress = new ArrayList<>();
        AtomicReference<ExportAll.Result> done = new AtomicReference<>();
        Path dir = tmp.resolve("report");
        robot.interact(() -> actions.exportAll(ViewQuery.all(), List.of(ViewId.EQUITY, ViewId.DRAWDOWN), dir,
                (d, t, step) -> progress.add(d + "/" + t + (javafx.application.Platform.isFxApplicationThread()
                        ? "" : " off fx")), done::set, e -> {
                    throw new AssertionError(e);
                }));
        assertThat(done.get().files()).extracting(p -> p.getFileName().toString()).containsExactly("equity.png",
                "equity.svg", "equity.csv", "drawdown.png", "drawdown.svg", "drawdown.csv", "index.html");
        assertThat(done.get().problems()).isEmpty();
        assertThat(progress).last().isEqualTo("7/7");
        assertThat(progress).noneMatch(p -> p.endsWith("off fx"));
    }
}
