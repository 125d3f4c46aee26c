package com.battlescope.ui.charts;

import io.fair_acc.chartfx.plugins.CrosshairIndicator;
import javafx.scene.input.MouseEvent;

/**
 * ChartFX's crosshair, shown only while the mouse is over the chart: the stock one draws its label from the start,
 * reading "00:00:00, NaN" until the mouse first moves.
 */
final class MouseCrosshair extends CrosshairIndicator {
    MouseCrosshair() {
        show(false);
        registerInputEventHandler(MouseEvent.MOUSE_MOVED, e -> show(true));
        registerInputEventHandler(MouseEvent.MOUSE_EXITED, e -> show(false));
    }

    private void show(boolean on) {
        coordinatesLabel.setVisible(on);
        crosshairPath.setVisible(on);
    }

    boolean showing() {
        return coordinatesLabel.isVisible();
    }

    String label() {
        return coordinatesLabel.getText();
    }
}
