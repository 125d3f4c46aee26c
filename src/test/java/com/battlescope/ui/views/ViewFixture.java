package com.battlescope.ui.views;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening fixture folders into a view's context, and finding chart points on screen. */
final class ViewFixture {
    private ViewFixture() {
    }

    /** Copies a fixture, opens it and sets it as the context's battle with all its models (on the FX thread). */
    static Battle open(FxRobot robot, AppContext ctx, String fixture, Path tmp) {
        Path dir = Fixtures.copy(fixture, tmp);
        Battle battle = new BattleService().open(dir);
        robot.interact(() -> {
            ctx.allModels().setAll(battle.modelIds());
            ctx.colors().assign(battle.modelIds());
            ctx.battleProperty().set(battle);
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
}
