package com.battlescope.ui.views;

import com.battlescope.ui.widgets.TimeColumn;
import com.battlescope.service.view.Cells;
import com.battlescope.ui.widgets.TableFit;
import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.DrawdownChart;
import com.battlescope.service.view.DrawdownRow;
import com.battlescope.service.view.LiveCharts;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/**
 * The underwater curves of the selected models with their worst drawdowns below; selecting a drawdown marks
 * its span, from the peak to the recovery (or the last point), on the chart.
 */
public final class DrawdownView extends ChartView<DrawdownChart> {
    private final ChartService service;
    private final TableView<DrawdownRow> table = new TableView<>();
    private static final ChartData EMPTY = new ChartData("drawdown", "Drawdown from peak", "Time",
            "Drawdown from peak (%)", true, false, false, "drawdown_pct", List.of());
    private DrawdownChart current = new DrawdownChart(EMPTY, List.of());

    public DrawdownView(AppContext ctx, ChartService service) {
        super(ctx, ViewId.DRAWDOWN, EMPTY);
        this.service = service;
        Button reset = new Button("Reset zoom");
        reset.setId("drawdown-reset-zoom");
        reset.setOnAction(e -> ChartFactory.resetZoom(chart()));
        addTop(new HBox(6, reset));

        table.setId("drawdown-table");
        TableFit.install(table);
        Loader.placeholder(table, ctx.battleProperty(), viewModel().loadingProperty(),
                "Open a battle folder to see its drawdowns", "No drawdowns");
        table.getColumns().addAll(List.of(
                column("Model", DrawdownRow::modelId),
                TimeColumn.of("Peak", (DrawdownRow r) -> r.period().peak(), Cells.NONE),
                TimeColumn.of("Trough", (DrawdownRow r) -> r.period().trough(), Cells.NONE),
                TimeColumn.of("Recovery", (DrawdownRow r) -> r.period().recovery(), DrawdownChart.NOT_RECOVERED),
                column("Depth %", r -> String.format(Locale.US, "%.2f", r.period().depthPct())),
                column("Length (days)", r -> Long.toString(r.period().lengthDays()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> highlight(row));

        SplitPane split = new SplitPane(chartArea(), table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        setCenter(split);
    }

    private static TableColumn<DrawdownRow, String> column(String title, Function<DrawdownRow, String> value) {
        TableColumn<DrawdownRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private void highlight(DrawdownRow row) {
        if (row == null) {
            ChartFactory.clearHighlights(chart());
        } else {
            ChartFactory.highlightPeriod(chart(), row.fromX(), row.toX(), String.format(Locale.US, "%s -%.2f %%",
                    row.modelId(), row.period().depthPct()));
        }
    }

    public TableView<DrawdownRow> table() {
        return table;
    }

    /** The worst drawdowns as shown in the table below the chart, for CSV export. */
    public DataTable worstDrawdownsTable() {
        return current.worstTable();
    }

    @Override
    protected DrawdownChart load(Battle battle, ViewQuery query) {
        return service.drawdownChart(battle, query);
    }

    @Override
    protected Optional<DrawdownChart> appended(DrawdownChart current, ViewQuery query, List<HourlySnapshot> rows) {
        return LiveCharts.appendDrawdown(current, query, rows);
    }

    @Override
    protected ChartData chartOf(DrawdownChart result) {
        return result.chart();
    }

    @Override
    protected void showing(DrawdownChart result, boolean inPlace) {
        DrawdownRow selected = inPlace ? table.getSelectionModel().getSelectedItem() : null;
        current = result;
        table.getItems().setAll(result.worst());
        if (selected != null) {
            result.worst().stream()
                    .filter(r -> r.modelId().equals(selected.modelId()) && r.period().peak().equals(selected.period().peak()))
                    .findFirst().ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    @Override
    protected void showingNothing() {
        current = new DrawdownChart(EMPTY, List.of());
        table.getItems().clear();
    }
}
