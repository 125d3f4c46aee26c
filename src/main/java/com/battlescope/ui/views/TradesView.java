package com.battlescope.ui.views;

import com.battlescope.ui.widgets.SpecTable;
import com.battlescope.ui.widgets.ModelCell;
import com.battlescope.model.DataTable;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.view.TradeFilter;
import com.battlescope.service.view.TradesService;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AppContext;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The trade log of the picked models and range, newest exit first, with filters (symbol, direction, winners or
 * losers, exit reason) applied in memory and a stats line; trades rebuilt from executed decisions get a banner.
 */
public final class TradesView extends ModelPageView {
    static final String ALL_SYMBOLS = TradesViewModel.ALL_SYMBOLS;
    static final String ALL_DIRECTIONS = TradesViewModel.ALL_DIRECTIONS;
    static final String WINNERS = TradesViewModel.WINNERS;

    private final TradesViewModel vm;
    private final SpecTable<Trade> table = new SpecTable<>("trades-table", TradesView::key);
    private final Label stats = new Label();
    /** The label of trades rebuilt from decisions (here and in the Quality view's P&L sources). */
    static final String RECONSTRUCTED = "Reconstructed from executed decisions: trade_log has no rows, so these "
            + "round trips were rebuilt from filled buy/sell and close decisions (FIFO per model and symbol).";
    private final Label banner = new Label(RECONSTRUCTED);
    private final Loader loader;
    private final VBox root;
    private boolean reconstructed;

    public TradesView(AppContext ctx, TradesService service) {
        super(ctx, ViewId.TRADES);
        vm = new TradesViewModel(ctx, service);
        table.decorate("model", spec -> new ModelCell<>(spec, Trade::modelId, ctx.colors()));
        table.setColumns(TradesService.columns(false));
        stats.setId("trades-stats");
        stats.textProperty().bind(vm.statsProperty());
        banner.setId("reconstructed-banner");
        banner.getStyleClass().add("view-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        showBanner(false);
        ComboBox<String> symbol = combo("trade-symbol", vm.symbols(), vm.symbolProperty());
        ComboBox<String> direction = combo("trade-direction", vm.directions(), vm.directionProperty());
        ComboBox<String> outcome = combo("trade-outcome", vm.outcomes(), vm.outcomeProperty());
        ComboBox<String> exitReason = combo("trade-exit-reason", vm.exitReasons(), vm.exitReasonProperty());
        vm.filteredProperty().addListener((o, was, now) -> show(now));
        HBox filters = new HBox(new Label("Filter"), symbol, direction, outcome, exitReason);
        filters.getStyleClass().add("view-toolbar");
        HBox statsLine = new HBox(stats);
        statsLine.getStyleClass().add("view-toolbar");
        loader = new Loader(table.view(), "trades");
        loader.bind(vm.loadingProperty(), vm.errorProperty());
        Loader.placeholder(table.view(), ctx.battleProperty(), vm.loadingProperty(),
                "Open a battle folder to see its trades", "No trades");
        VBox.setVgrow(loader.pane(), Priority.ALWAYS);
        root = root(new VBox(banner, filters, statsLine, loader.pane()));
        root.getStylesheets().add(STYLESHEET);
        listen();
    }

    private static ComboBox<String> combo(String id, ObservableList<String> items, ObjectProperty<String> value) {
        ComboBox<String> c = new ComboBox<>(items);
        c.setId(id);
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private static Object key(Trade t) {
        return t.id() != null ? t.id()
                : String.join("\u0000", t.modelId(), t.symbol(), t.entryTime().text(), t.exitTime().text());
    }



    @Override
    public DataTable tableData() {
        return table.tableData(id());
    }

    /** The filters as chosen in the controls. */
    TradeFilter filter() {
        return vm.filter();
    }

    @Override
    public TradesViewModel viewModel() {
        return vm;
    }


    private void show(TradesViewModel.Filtered f) {
        if (f.reconstructed() != reconstructed) {
            reconstructed = f.reconstructed();
            table.setColumns(TradesService.columns(reconstructed));
        }
        showBanner(reconstructed);
        table.setRows(f.trades(), f.keepState());
    }

    private void showBanner(boolean show) {
        banner.setVisible(show);
        banner.setManaged(show);
    }
}
