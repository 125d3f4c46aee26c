package com.battlescope.ui.views;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening fixture folders into a view's context the way the main window does; finding table parts and chart points. */
final class ViewFixture {
    private ViewFixture() {
    }

    /** Copies a fixture, opens it and sets it as the context's battle with all its models (on the FX thread). */
    static Battle open(FxRobot robot, AppContext ctx, String fixture, Path tmp) {
        try {
            return show(robot, ctx, new BattleService().open(Fixtures.copy(fixture, Files.createTempDirectory(tmp, "f"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets an open battle as the context's battle with all its models (on the FX thread). */
    static Battle show(FxRobot robot, AppContext ctx, Battle battle) {
        List<String> models = battle.modelIds();
        robot.interact(() -> {
            ctx.colors().assign(models);
            ctx.listModels(models);
            ctx.replaceBattle(battle);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return battle;
    }

    /** The screen position of a data point (x in the x axis' local space, y in the y axis'). */
    static Point2D screen(XYChart chart, double x, double y) {
        Axis xAxis = chart.getXAxis();
        Axis yAxis = chart.getYAxis();
        double sx = ((Node) xAxis).localToScreen(xAxis.getDisplayPosition(x), 0).getX();
        double sy = ((Node) yAxis).localToScreen(0, yAxis.getDisplayPosition(y)).getY();
        return new Point2D(sx, sy);
    }

    /** Zooms by dragging a rectangle over the middle of the plot. */
    static void dragZoom(FxRobot robot, AnalysisView view) {
        Node canvas = view.chart().getCanvas();
        robot.drag(robot.point(canvas).atOffset(-150, -80)).dropBy(120, 120);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The header of the column titled {@code text} in {@code table}, scrolled into view. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Region header(FxRobot robot, TableView<?> table, String text) {
        TableColumnHeader header = robot.from(table).lookup(".column-header").queryAllAs(TableColumnHeader.class)
                .stream().filter(h -> h.getTableColumn() != null && text.equals(h.getTableColumn().getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no column header " + text));
        robot.interact(() -> ((TableView) table).scrollToColumn((TableColumn) header.getTableColumn()));
        WaitForAsyncUtils.waitForFxEvents();
        return header;
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
