package com.battlescope.ui.widgets;

import com.battlescope.analytics.MonthlyReturnGrid;
import com.battlescope.service.view.Cells;
import com.battlescope.ui.ModelColors;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Monthly returns, one row per model and year: green cells for gains, red for losses, deeper with size
 * (full colour at {@link #FULL_PCT} %), then the year compounded.
 */
public final class MonthlyGrid extends GridPane {
    public static final double FULL_PCT = 5;

    public MonthlyGrid() {
        setId("monthly-grid");
        getStyleClass().add("monthly-grid");
    }

    public void show(List<MonthlyReturnGrid> grids, ModelColors colors) {
        getChildren().clear();
        add(header("Model"), 0, 0);
        add(header("Year"), 1, 0);
        for (Month m : Month.values()) {
            add(monthHeader(m.getDisplayName(TextStyle.SHORT, Locale.US)), 1 + m.getValue(), 0);
        }
        add(monthHeader("Year %"), 14, 0);
        int row = 1;
        for (MonthlyReturnGrid g : grids) {
            for (int year : g.byYear().keySet()) {
                Label model = new Label(g.modelId(), ModelCell.swatch(colors, g.modelId()));
                model.getStyleClass().add("grid-header");
                add(model, 0, row);
                add(header(Integer.toString(year)), 1, row);
                for (int month = 1; month <= 12; month++) {
                    add(cell(g.get(year, month)), 1 + month, row);
                }
                add(cell(g.yearReturnPct(year)), 14, row);
                row++;
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-header");
        return l;
    }

    private static Label monthHeader(String text) {
        Label l = header(text);
        l.getStyleClass().add("grid-month");
        return l;
    }

    private static Label cell(Double pct) {
        Label l = new Label(Cells.pct(pct));
        l.getStyleClass().add("grid-cell");
        if (pct == null || pct == 0) {
            l.getStyleClass().add("grid-empty");
            return l;
        }
        double strength = 0.15 + 0.65 * Math.min(1, Math.abs(pct) / FULL_PCT);
        l.getStyleClass().add(pct > 0 ? "grid-positive" : "grid-negative");
        l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.3f);",
                pct > 0 ? "26, 127, 55" : "198, 40, 40", strength));
        return l;
    }
}
