package com.battlescope.ui.views;

import com.battlescope.ui.widgets.SpecTable;
import com.battlescope.ui.widgets.ModelCell;
import com.battlescope.analytics.quality.DailyExposure;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.LatestJob;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.PnlSources;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.analytics.quality.SplitMoment;
import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import com.battlescope.model.ModelPalette;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.view.QualityCharts;
import com.battlescope.service.view.QualityViewModel;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.AbstractDataSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Decision quality (spec quality.md): a reliability diagram of stated confidence against hit rate at the chosen
 * horizon, the split moments (double-click opens one in the Decision comparison) and per model the hit rate,
 * calibration, plans, splits, holds, unexecuted decisions and time in market.
 */
public final class QualityView extends ContextView {
    private final QualityViewModel model = new QualityViewModel();
    private final BiConsumer<String, Stamp> openMoment;
    static final String EXPOSURE = "Exposure (positions value / equity)";
    static final String IN_MARKET = "Time in market";
    private final ChoiceBox<Horizon> horizon = new ChoiceBox<>();
    private final Button cancel = new Button("Cancel");
    private final Label splitSummary = new Label();
    private final XYChart chart;
    private final SpecTable<ModelQuality> models = new SpecTable<>("quality-models", ModelQuality::modelId);
    private final SpecTable<SplitMoment> splits = new SpecTable<>("quality-splits",
            s -> s.symbol() + '\u0000' + s.time().text());
    private final SpecTable<PnlSources.Row> pnl = new SpecTable<>("quality-pnl",
            r -> r.modelId() + '\u0000' + r.dimension() + '\u0000' + r.key());
    private final Label pnlBanner = new Label(TradesView.RECONSTRUCTED);
    private final Loader loader;
    private final XYChart plansChart;
    private final XYChart exposureChart;
    private final XYChart pnlChart;
    private final ChoiceBox<String> exposureChoice = new ChoiceBox<>();
    private final ChoiceBox<QualityCharts.PnlChart> pnlChoice = new ChoiceBox<>();
    private final TabPane lower;
    private final Map<Tab, XYChart> tabCharts = new HashMap<>();
    private QualityViewModel.Loaded loaded;
    private final LatestJob latest;
    private final javafx.beans.property.BooleanProperty loading = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty failure = new javafx.beans.property.SimpleStringProperty("");
    private boolean pnlReconstructed;
    private final VBox root;
    private ChartData shownChart;
    private QualityReport report;

    /** @param openMoment opens the Decision comparison at a symbol and time */
    public QualityView(AppContext ctx, BiConsumer<String, Stamp> openMoment) {
        super(ctx, ViewId.QUALITY);
        this.openMoment = openMoment;
        horizon.setId("quality-horizon");
        horizon.getItems().setAll(Horizon.values());
        horizon.setValue(Horizon.DEFAULT);
        horizon.setTooltip(new Tooltip("How far ahead a decision is judged: the first price at or after its time plus "
                + "1 hour, 1 day or 5 days"));
        horizon.valueProperty().addListener((o, was, now) -> refresh());
        cancel.setId("quality-cancel");
        cancel.setVisible(false);
        cancel.setOnAction(e -> loaderCancel());
        splitSummary.setId("quality-split-summary");
        shownChart = QualityViewModel.calibration(new QualityReport(1, 5, List.of(), List.of(), null, null),
                ctx.colors().palette());
        chart = ChartFactory.create(shownChart, ChartFactory.defaultText("hit rate %"));
        chart.setId("quality-chart");
        chart.setMinWidth(360);
        models.setColumns(QualityViewModel.modelColumns());
        models.decorate("model", spec -> new ModelCell<>(spec, ModelQuality::modelId, ctx.colors()));
        models.view().setPlaceholder(new Label("No decisions"));
        splits.setColumns(QualityViewModel.splitColumns());
        splits.view().setPlaceholder(new Label("No moment where one model bought and another sold"));
        splits.view().setOnMouseClicked(e -> {
            SplitMoment s = splits.view().getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && s != null) {
                open(s);
            }
        });
        Label splitsTitle = new Label("Split moments — double-click one to open it in the Decision comparison");
        splitsTitle.getStyleClass().add("view-subtitle");
        VBox splitBox = new VBox(4, splitsTitle, splitSummary, splits.view());
        VBox.setVgrow(splits.view(), Priority.ALWAYS);
        SplitPane upper = new SplitPane(chart, splitBox);
        upper.setDividerPositions(0.5);
        pnl.setColumns(QualityViewModel.pnlColumns(false));
        pnl.decorate("model", spec -> new ModelCell<>(spec, PnlSources.Row::modelId, ctx.colors()));
        pnl.view().setPlaceholder(new Label("No trades"));
        pnlBanner.setId("quality-pnl-banner");
        pnlBanner.getStyleClass().add("view-banner");
        pnlBanner.setWrapText(true);
        pnlBanner.managedProperty().bind(pnlBanner.visibleProperty());
        pnlBanner.setVisible(false);
        VBox pnlBox = new VBox(4, pnlBanner, pnl.view());
        VBox.setVgrow(pnl.view(), Priority.ALWAYS);
        ModelPalette palette = ctx.colors().palette();
        QualityViewModel.Loaded none = QualityViewModel.empty(Horizon.DEFAULT);
        plansChart = smallChart("quality-plans-chart", QualityCharts.plans(none.report()));
        exposureChart = smallChart("quality-exposure-chart", QualityCharts.exposure(none.exposure(), false, palette));
        pnlChart = smallChart("quality-pnl-chart", QualityCharts.pnl(none.pnl(), QualityCharts.PnlChart.HOUR, palette));
        exposureChoice.setId("quality-exposure-choice");
        exposureChoice.getItems().setAll(EXPOSURE, IN_MARKET);
        exposureChoice.setValue(EXPOSURE);
        exposureChoice.valueProperty().addListener((o, was, now) -> showCharts());
        pnlChoice.setId("quality-pnl-choice");
        pnlChoice.getItems().setAll(QualityCharts.PnlChart.values());
        pnlChoice.setValue(QualityCharts.PnlChart.HOUR);
        pnlChoice.valueProperty().addListener((o, was, now) -> showCharts());
        SplitPane pnlSplit = new SplitPane(pnlBox, withChoice(pnlChoice, pnlChart));
        pnlSplit.setDividerPositions(0.5);
        Tab perModel = new Tab("Per model", models.view());
        Tab plans = new Tab("Plans", plansChart);
        plans.setId("quality-plans-tab");
        Tab exposure = new Tab("Exposure", withChoice(exposureChoice, exposureChart));
        exposure.setId("quality-exposure-tab");
        Tab sources = new Tab("Where the P&L came from", pnlSplit);
        sources.setId("quality-pnl-tab");
        lower = new TabPane(perModel, plans, exposure, sources);
        lower.setId("quality-lower");
        lower.getTabs().forEach(t -> t.setClosable(false));
        tabCharts.put(plans, plansChart);
        tabCharts.put(exposure, exposureChart);
        tabCharts.put(sources, pnlChart);
        SplitPane content = new SplitPane(upper, lower);
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.62);
        latest = new LatestJob(ctx.jobs());
        loader = new Loader(content, "quality");
        loader.bind(loading, failure);
        HBox tools = new HBox(6, new Label("Horizon"), horizon, cancel);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("view-toolbar");
        VBox.setVgrow(loader.pane(), Priority.ALWAYS);
        root = root(new VBox(tools, loader.pane()));
        root.setId("quality-view");
        root.getStylesheets().add(STYLESHEET);
        listen();
    }



    /**
     * Everything shown, as one CSV in sections: the per-model table, the split moments, where the P&L came from and
     * every chart's points.
     */
    @Override
    public DataTable tableData() {
        return QualityViewModel.sections(modelTableData(), List.of(splitTableData(), pnlTableData(),
                shownChart.toTable(), ChartFactory.data(plansChart).toTable(),
                QualityCharts.exposure(exposureData(), false, ctx.colors().palette()).toTable(),
                QualityCharts.exposure(exposureData(), true, ctx.colors().palette()).toTable(),
                ChartFactory.data(pnlChart).toTable()));
    }

    /** The per-model table as shown. */
    public DataTable modelTableData() {
        return models.tableData(id());
    }

    /** Where the P&L came from, as shown. */
    public DataTable pnlTableData() {
        return pnl.tableData(id() + "-pnl");
    }

    /** The split moments as shown. */
    public DataTable splitTableData() {
        return splits.tableData(id() + "-splits");
    }

    /** The chart of the open lower tab (plans, exposure, P&L) when it has one, else the reliability diagram. */
    @Override
    public XYChart chart() {
        return tabCharts.getOrDefault(lower.getSelectionModel().getSelectedItem(), chart);
    }

    public TabPane lowerTabs() {
        return lower;
    }

    /** The plans' stacked bars as shown. */
    public ChartData plansData() {
        return ChartFactory.data(plansChart);
    }

    /** The exposure (or time in market) chart as shown. */
    public ChartData exposureChartData() {
        return ChartFactory.data(exposureChart);
    }

    /** The P&L chart as shown (by hour, weekday, returns or durations). */
    public ChartData pnlChartData() {
        return ChartFactory.data(pnlChart);
    }

    public ChoiceBox<String> exposureChoice() {
        return exposureChoice;
    }

    public ChoiceBox<QualityCharts.PnlChart> pnlChoice() {
        return pnlChoice;
    }

    private Map<String, List<DailyExposure>> exposureData() {
        return loaded == null ? Map.of() : loaded.exposure();
    }

    /** The reliability diagram as shown (also what PNG/SVG/CSV export write). */
    public ChartData chartData() {
        return shownChart;
    }

    public ChoiceBox<Horizon> horizonChoice() {
        return horizon;
    }

    /** The figures shown, or null before the first load. */
    public QualityReport report() {
        return report;
    }

    public boolean isLoading() {
        return loading.get();
    }

    void open(SplitMoment s) {
        openMoment.accept(s.symbol(), s.time());
        ctx.openView(ViewId.COMPARISON.id());
    }

    @Override
    protected void load(Battle battle, boolean keepState) {
        if (keepState && loading.get()) {
            return; // live rows while a load runs: it reads them too, and a whole battle is not re-read every second
        }
        ViewQuery q = ViewQueries.of(ctx);
        Horizon h = horizon.getValue();
        cancel.setVisible(true);
        String title = "Decision quality at " + h;
        loading.set(true);
        failure.set("");
        latest.run(title, () -> model.loadAll(battle, q, h, () -> Thread.currentThread().isInterrupted()), r -> {
            loading.set(false);
            show(r, keepState);
        }, e -> {
            loading.set(false);
            cancel.setVisible(false);
            failure.set(UserMessages.failed(title, e));
        });
    }

    @Override
    protected void clear() {
        loaderCancel();
        show(null, false);
    }

    private void loaderCancel() {
        latest.cancel();
        loading.set(false);
        cancel.setVisible(false);
    }

    private void show(QualityViewModel.Loaded loaded, boolean keepState) {
        this.loaded = loaded;
        showCharts();
        boolean reconstructed = loaded != null && loaded.reconstructed();
        if (reconstructed != pnlReconstructed) {
            pnl.setColumns(QualityViewModel.pnlColumns(reconstructed));
            pnlReconstructed = reconstructed;
        }
        pnlBanner.setVisible(reconstructed);
        pnl.setRows(loaded == null ? List.of() : loaded.pnl(), keepState);
        QualityReport r = loaded == null ? null : loaded.report();
        cancel.setVisible(false);
        report = r;
        QualityReport shownReport = r != null ? r : new QualityReport(horizon.getValue().hours(), 5, List.of(),
                List.of(), null, null);
        shownChart = QualityViewModel.calibration(shownReport, ctx.colors().palette());
        ChartFactory.show(chart, shownChart);
        percentAxes();
        sizePoints(shownReport);
        models.setRows(shownReport.models(), keepState);
        splits.setRows(QualityViewModel.newestFirst(shownReport), keepState);
        splitSummary.setText(r == null ? "" : QualityViewModel.splitSummary(r));
    }

    /** The plans, exposure and P&L charts of what is loaded and the choices made. */
    private void showCharts() {
        ModelPalette palette = ctx.colors().palette();
        QualityViewModel.Loaded l = loaded != null ? loaded : QualityViewModel.empty(horizon.getValue());
        ChartFactory.show(plansChart, QualityCharts.plans(l.report()));
        ChartFactory.show(exposureChart, QualityCharts.exposure(l.exposure(), IN_MARKET.equals(
                exposureChoice.getValue()), palette));
        ChartFactory.show(pnlChart, QualityCharts.pnl(l.pnl(), pnlChoice.getValue(), palette));
    }

    private static XYChart smallChart(String id, ChartData data) {
        XYChart c = ChartFactory.create(data);
        c.setId(id);
        c.setMinSize(200, 150);
        return c;
    }

    private static VBox withChoice(ChoiceBox<?> choice, XYChart chart) {
        HBox bar = new HBox(6, new Label("Show"), choice);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, bar, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    /** Both axes 0–100 % with a tick every 10 %, whatever the points: the diagonal stays the diagonal. */
    private void percentAxes() {
        for (Axis axis : List.of(chart.getXAxis(), chart.getYAxis())) {
            DefaultNumericAxis a = (DefaultNumericAxis) axis;
            a.setAutoRanging(false);
            a.setAutoUnitScaling(false);
            a.set(0, 100);
            a.setTickUnit(10);
            a.setMinorTickCount(1);
        }
    }

    /** Point size grows with the bin's number of decisions (square root, 3 to 14 px). */
    private void sizePoints(QualityReport r) {
        List<int[]> counts = QualityViewModel.binCounts(r);
        int max = counts.stream().flatMapToInt(java.util.Arrays::stream).max().orElse(1);
        List<DataSet> sets = ChartFactory.renderer(chart).getDatasets();
        for (int s = 0; s < sets.size() && s < counts.size(); s++) {
            if (sets.get(s) instanceof AbstractDataSet<?> ds) {
                int[] n = counts.get(s);
                for (int i = 0; i < n.length; i++) {
                    double size = 3 + 11 * Math.sqrt((double) n[i] / max);
                    ds.addDataStyle(i, String.format(Locale.US, "-fx-marker-size: %.1f;", size));
                }
            }
        }
        chart.requestLayout();
    }
}
