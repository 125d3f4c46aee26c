package com.battlescope.ui.views;

import com.battlescope.ui.widgets.SpecTable;
import com.battlescope.ui.widgets.MonthlyGrid;
import com.battlescope.ui.widgets.ModelCell;
import com.battlescope.ui.widgets.ChoiceBar;
import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.view.Period;
import com.battlescope.service.view.SummariesService;
import com.battlescope.service.view.Summaries;
import com.battlescope.service.view.SummaryColumns;
import com.battlescope.service.view.SummaryRow;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AppContext;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Daily, weekly or monthly returns per model, from the summary tables or computed from the snapshots (the
 * label says which), and the grid of monthly returns.
 */
public final class SummariesView extends ModelPageView {
    private final SummariesViewModel vm;
    private final SpecTable<SummaryRow> table = new SpecTable<>("summaries-table",
            r -> r.modelId() + '\u0000' + r.start());
    private final ChoiceBar<Period> period = new ChoiceBar<>("period", List.of(Period.values()),
            SummariesView::label, Period::text, Period.DAILY);
    private final Label source = new Label();
    private final Label gridSource = new Label();
    private final MonthlyGrid grid = new MonthlyGrid();
    private final Loader loader;
    private final VBox root;
    private Period shownPeriod;
    private boolean reconstructed;

    public SummariesView(AppContext ctx, SummariesService service) {
        super(ctx, ViewId.SUMMARIES);
        vm = new SummariesViewModel(ctx, service);
        source.setId("summaries-source");
        source.getStyleClass().add("view-note");
        gridSource.setId("grid-source");
        gridSource.getStyleClass().add("view-note");
        table.decorate(SummaryColumns.MODEL, spec -> new ModelCell<>(spec, SummaryRow::modelId, ctx.colors()));
        setColumns(Period.DAILY, false);
        vm.periodProperty().bind(period.valueProperty());
        vm.shownProperty().addListener((o, was, now) -> show(now));
        HBox toolbar = new HBox(new Label("Period"), period, source);
        toolbar.getStyleClass().add("view-toolbar");
        Label gridTitle = new Label("Monthly returns");
        gridTitle.getStyleClass().add("grid-header");
        HBox gridBar = new HBox(gridTitle, gridSource);
        gridBar.getStyleClass().add("view-toolbar");
        ScrollPane gridScroll = new ScrollPane(grid);
        VBox.setVgrow(gridScroll, Priority.ALWAYS);
        VBox gridBox = new VBox(gridBar, gridScroll);
        SplitPane split = new SplitPane(table.view(), gridBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        loader = new Loader(split, "summaries");
        loader.bind(vm.loadingProperty(), vm.errorProperty());
        Loader.placeholder(table.view(), ctx.battleProperty(), vm.loadingProperty(),
                "Open a battle folder to see its summaries", "No summaries");
        VBox.setVgrow(loader.pane(), Priority.ALWAYS);
        root = root(new VBox(toolbar, loader.pane()));
        root.getStylesheets().add(STYLESHEET);
        listen();
    }

    private static String label(Period p) {
        return switch (p) {
            case DAILY -> "Daily";
            case WEEKLY -> "Weekly";
            case MONTHLY -> "Monthly";
        };
    }



    /** The period table as shown (the export of the grid is {@link SummariesService#gridTable}). */
    @Override
    public DataTable tableData() {
        return table.tableData("summaries-" + shownPeriod.text());
    }

    @Override
    public SummariesViewModel viewModel() {
        return vm;
    }


    private void show(PageViewModel.Shown<Summaries> shown) {
        if (shown == null) {
            table.setRows(List.of(), false);
            grid.getChildren().clear();
            source.setText("");
            gridSource.setText("");
            return;
        }
        Summaries s = shown.value();
        setColumns(s.period(), s.tradesReconstructed());
        table.setRows(s.rows(), shown.keepState());
        source.setText(s.sourceLabel());
        gridSource.setText(s.gridSourceLabel());
        grid.show(s.grids(), ctx.colors());
    }

    private void setColumns(Period p, boolean rebuilt) {
        if (p != shownPeriod || rebuilt != reconstructed) {
            shownPeriod = p;
            reconstructed = rebuilt;
            table.setColumns(SummaryColumns.of(p, rebuilt));
        }
    }
}
