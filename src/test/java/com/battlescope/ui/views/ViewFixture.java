package com.battlescope.ui.views;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import org.testfx.api.FxRobot;

/** Opening fixture folders into a context the way the main window does, and finding table parts. */
final class ViewFixture {
    private ViewFixture() {
    }

    static Battle open(FxRobot robot, AppContext ctx, String fixture, Path tmp) {
        try {
            Battle battle = new BattleService().open(Fixtures.copy(fixture, Files.createTempDirectory(tmp, "f")));
            List<String> models = battle.modelIds();
            robot.interact(() -> {
                ctx.colors().assign(models);
                ctx.allModels().setAll(models);
                ctx.battleProperty().set(battle);
            });
            return battle;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header of the column titled {@code text} in {@code table}. */
    static Region header(FxRobot robot, TableView<?> table, String text) {
        return robot.from(table).lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null && text.equals(h.getTableColumn().getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no column header " + text));
    }

    static List<String> columnTexts(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    /** The table's cells that show text (TableCell is a Labeled). */
    static List<Labeled> cells(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> c.getText() != null).toList();
    }

    static Labeled cell(FxRobot robot, TableView<?> table, String text) {
        return cells(robot, table).stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
    }
}
