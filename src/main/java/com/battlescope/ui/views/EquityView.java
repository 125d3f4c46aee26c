package com.battlescope.ui.views;

import com.battlescope.model.ChartData;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.EquityChart;
import com.battlescope.service.view.EquityScale;
import com.battlescope.service.view.EquitySummary;
import com.battlescope.service.view.LiveCharts;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Equity curves of the selected models in dollars, percent since the start of the range or on a log axis. */
public final class EquityView extends ChartView<EquityChart> {
    private final ChartService service;
    private final ToggleGroup scale = new ToggleGroup();
    private final CheckBox benchmark = new CheckBox("Buy & hold benchmark");
    private final Label summary = new Label();
    private EquitySummary lastSummary = EquitySummary.NONE;

    public EquityView(AppContext ctx, ChartService service) {
        super(ctx, ViewId.EQUITY, new ChartData("equity", "Equity curves", "Time", "Equity ($)", true, false, false,
                "equity", List.of()));
        this.service = service;
        ToggleButton dollars = scaleButton("$", EquityScale.DOLLARS, "Equity in dollars");
        ToggleButton percent = scaleButton("%", EquityScale.PERCENT, "Return since the start of the range");
        ToggleButton log = scaleButton("log", EquityScale.LOG, "Equity on a logarithmic axis");
        dollars.setSelected(true);
        // a scale always stays chosen: clicking the selected button again keeps it
        scale.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                refresh();
            }
        });
        benchmark.setId("equity-benchmark");
        benchmark.setTooltip(new Tooltip("Equal-weight buy and hold of the battle's symbols at the prices the "
                + "models saw, starting with their mean initial capital"));
        benchmark.selectedProperty().addListener(o -> reloadInPlace());
        Button reset = new Button("Reset zoom");
        reset.setId("equity-reset-zoom");
        reset.setOnAction(e -> ChartFactory.resetZoom(chart()));
        summary.setId("equity-summary");
        HBox tools = new HBox(6, dollars, percent, log, new Separator(Orientation.VERTICAL),
                benchmark, new Separator(Orientation.VERTICAL), reset);
        tools.setAlignment(Pos.CENTER_LEFT);
        addTop(tools, summary);
    }

    private ToggleButton scaleButton(String text, EquityScale value, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId("equity-scale-" + value.name().toLowerCase(Locale.ROOT));
        b.setUserData(value);
        b.setToggleGroup(scale);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    public EquityScale scale() {
        return (EquityScale) scale.getSelectedToggle().getUserData();
    }

    /** The highest and lowest model shown, as in the label above the chart. */
    public EquitySummary summary() {
        return lastSummary;
    }

    @Override
    protected ViewQuery query(ViewQuery base) {
        return base.withScale(scale()).withBenchmark(benchmark.isSelected());
    }

    @Override
    protected EquityChart load(Battle battle, ViewQuery query) {
        return service.equityChart(battle, query);
    }

    @Override
    protected Optional<EquityChart> appended(EquityChart current, ViewQuery query, List<HourlySnapshot> rows) {
        return LiveCharts.appendEquity(current, query, rows);
    }

    @Override
    protected ChartData chartOf(EquityChart result) {
        return result.chart();
    }

    @Override
    protected void showing(EquityChart result, boolean inPlace) {
        lastSummary = result.summary();
        summary.setText(lastSummary.isEmpty() ? "" : lastSummary.text());
    }

    @Override
    protected void showingNothing() {
        lastSummary = EquitySummary.NONE;
        summary.setText("");
    }
}
