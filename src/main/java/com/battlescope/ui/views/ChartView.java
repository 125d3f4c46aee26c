package com.battlescope.ui.views;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the three chart views share: loading through {@link AppContext#jobs()} with a progress indicator,
 * reloading when the battle, the models or the range change (zoom reset), following live data while shown
 * (new points appended where a view can, else a reload in place; zoom kept either way), and the chart with its
 * data for export.
 *
 * @param <R> what one background load returns
 */
abstract class ChartView<R> implements ChartAnalysisView {
    protected final AppContext ctx;
    private final ViewId viewId;
    private final XYChart chart;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();
    private final VBox top = new VBox(4);
    private final BorderPane root = new BorderPane();
    private final StackPane chartArea;
    private final LiveFollow live;
    private ChartData shown;
    private final ChartViewModel<R> vm;

    ChartView(AppContext ctx, ViewId viewId, ChartData empty) {
        this.ctx = ctx;
        this.viewId = viewId;
        this.vm = new ChartViewModel<>(ctx, viewId.title(), this::load, this::appended, this::currentQuery);
        this.shown = empty;
        this.chart = ChartFactory.create(empty, this::pointText);
        chart.setId(viewId.id() + "-chart");
        progress.setId(viewId.id() + "-progress");
        progress.setMaxSize(60, 60);
        progress.setVisible(false);
        message.setId(viewId.id() + "-message");
        message.setManaged(false);
        message.setVisible(false);
        top.setPadding(new Insets(4, 8, 4, 8));
        top.getChildren().add(message);
        root.setTop(top);
        chartArea = new StackPane(chart, progress);
        root.setCenter(chartArea);
        root.setId(viewId.id() + "-view");

        progress.visibleProperty().bind(vm.loadingProperty());
        vm.messageProperty().addListener((o, was, now) -> say(now.isEmpty() ? null : now));
        vm.shownProperty().addListener((o, was, now) -> {
            if (now == null) {
                showNothing();
            } else {
                apply(now.result(), now.inPlace());
            }
        });
        ctx.battleProperty().addListener(o -> refresh());
        ctx.rangeProperty().addListener(o -> refresh());
        ctx.selectedModels().addListener((ListChangeListener<String>) c -> refresh());
        live = new LiveFollow(ctx, vm::liveData, this::reloadInPlace);
    }

    /** Runs in the background: reads the battle. */
    protected abstract R load(Battle battle, ViewQuery query);

    protected abstract ChartData chartOf(R result);

    /**
     * {@code current} extended by live snapshots (on the FX thread, no reading), or empty when the view must
     * reload to show them; by default it always reloads.
     */
    protected Optional<R> appended(R current, ViewQuery query, List<HourlySnapshot> rows) {
        return Optional.empty();
    }

    /** On the FX thread, after the chart got the result: views update what they show beside it. */
    protected void showing(R result, boolean inPlace) {
    }

    /** The view's own choices on top of the context's models and range. */
    protected ViewQuery query(ViewQuery base) {
        return base;
    }

    /** On the FX thread, when no battle is open: views clear what they show beside the chart. */
    protected void showingNothing() {
    }

    /** The hover text of a point; model, time and value unless a view says more. */
    protected String pointText(ChartSeries series, int index) {
        return ChartFactory.defaultText(shown.valueName()).text(series, index);
    }

    /** The chart with its progress indicator. */
    protected final Node chartArea() {
        return chartArea;
    }

    /** Replaces the centre of the view (by default {@link #chartArea()}), e.g. to put a table below it. */
    protected final void setCenter(Node center) {
        root.setCenter(center);
    }

    /** Adds toolbars and labels above the chart (above the status message). */
    protected final void addTop(Node... nodes) {
        top.getChildren().addAll(top.getChildren().size() - 1, List.of(nodes));
    }

    @Override
    public String id() {
        return viewId.id();
    }

    @Override
    public String title() {
        return viewId.title();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public XYChart chart() {
        return chart;
    }

    @Override
    public ChartData chartData() {
        return shown;
    }

    @Override
    public DataTable tableData() {
        return shown.toTable();
    }

    @Override
    public boolean isLoading() {
        return vm.loadingProperty().get();
    }

    public ChartViewModel<R> viewModel() {
        return vm;
    }

    /** Full reload: the chart is replaced and the zoom reset. */
    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public void reloadInPlace() {
        vm.reloadInPlace();
    }

    @Override
    public void setShown(boolean shown) {
        live.setShown(shown);
    }

    private ViewQuery currentQuery() {
        return query(new ViewQuery(List.copyOf(ctx.selectedModels()), ctx.range(), null, null, null, false));
    }

    private void showNothing() {
        shown = emptyLike(shown);
        ChartFactory.show(chart, shown);
        showingNothing();
    }

    private void apply(R result, boolean inPlace) {
        shown = chartOf(result);
        say(shown.series().isEmpty() ? "No snapshots for the chosen models and range." : null);
        if (inPlace) {
            ChartFactory.update(chart, shown);
        } else {
            ChartFactory.show(chart, shown);
        }
        showing(result, inPlace);
    }

    private void say(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    private static ChartData emptyLike(ChartData d) {
        return new ChartData(d.id(), d.title(), d.xLabel(), d.yLabel(), d.timeAxis(), d.invertedY(), d.logY(),
                d.valueName(), List.of());
    }
}
