package com.battlescope.ui.views;

import com.battlescope.analytics.TradeSet;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.DataTable;
import com.battlescope.model.Timeframe;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.view.TradeFilter;
import com.battlescope.service.view.TradesService;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AppContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
public final class TradesView extends ContextView {
    static final String ALL_SYMBOLS = "All symbols";
    static final String ALL_DIRECTIONS = "All directions";
    static final String ALL_TRADES = "All trades";
    static final String WINNERS = "Winners";
    static final String LOSERS = "Losers";
    static final String ALL_REASONS = "All exit reasons";

    private final TradesService service = new TradesService();
    private final SpecTable<Trade> table = new SpecTable<>("trades-table", TradesView::key);
    private final ComboBox<String> symbol = combo("trade-symbol", List.of(ALL_SYMBOLS));
    private final ComboBox<String> direction = combo("trade-direction", List.of(ALL_DIRECTIONS, "long", "short"));
    private final ComboBox<String> outcome = combo("trade-outcome", List.of(ALL_TRADES, WINNERS, LOSERS));
    private final ComboBox<String> exitReason = combo("trade-exit-reason", List.of(ALL_REASONS));
    private final Label stats = new Label();
    /** The label of trades rebuilt from decisions (here and in the Quality view's P&L sources). */
    static final String RECONSTRUCTED = "Reconstructed from executed decisions: trade_log has no rows, so these "
            + "round trips were rebuilt from filled buy/sell and close decisions (FIFO per model and symbol).";
    private final Label banner = new Label(RECONSTRUCTED);
    private final Loader loader;
    private final VBox root;
    private TradeSet loaded = new TradeSet(List.of(), false);
    private boolean updatingChoices;

    public TradesView(AppContext ctx) {
        super(ctx);
        table.decorate("model", spec -> new ModelCell<>(spec, Trade::modelId, ctx.colors()));
        table.setColumns(TradesService.columns(false));
        table.view().setPlaceholder(new Label("No trades"));
        stats.setId("trades-stats");
        banner.setId("reconstructed-banner");
        banner.getStyleClass().add("view-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        showBanner(false);
        List.of(symbol, direction, outcome, exitReason).forEach(c -> c.valueProperty().addListener((o, was, now) -> {
            if (!updatingChoices) {
                applyFilter(false);
            }
        }));
        HBox filters = new HBox(new Label("Filter"), symbol, direction, outcome, exitReason);
        filters.getStyleClass().add("view-toolbar");
        HBox statsLine = new HBox(stats);
        statsLine.getStyleClass().add("view-toolbar");
        loader = new Loader(ctx.jobs(), table.view(), "trades");
        VBox.setVgrow(loader.pane(), Priority.ALWAYS);
        root = new VBox(banner, filters, statsLine, loader.pane());
        root.getStylesheets().add(STYLESHEET);
        listen();
    }

    private static ComboBox<String> combo(String id, List<String> items) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setValue(items.get(0));
        return c;
    }

    private static Object key(Trade t) {
        return t.id() != null ? t.id()
                : String.join("\u0000", t.modelId(), t.symbol(), t.entryTime().text(), t.exitTime().text());
    }

    @Override
    public String id() {
        return ViewId.TRADES.id();
    }

    @Override
    public String title() {
        return ViewId.TRADES.title();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public DataTable tableData() {
        return table.tableData(id());
    }

    /** The filters as chosen in the controls. */
    TradeFilter filter() {
        TradeFilter.Outcome o = switch (outcome.getValue()) {
            case WINNERS -> TradeFilter.Outcome.WINNERS;
            case LOSERS -> TradeFilter.Outcome.LOSERS;
            default -> TradeFilter.Outcome.ALL;
        };
        return new TradeFilter(orNull(symbol, ALL_SYMBOLS), orNull(direction, ALL_DIRECTIONS), o,
                orNull(exitReason, ALL_REASONS));
    }

    private static String orNull(ComboBox<String> c, String all) {
        return c.getValue() == null || c.getValue().equals(all) ? null : c.getValue();
    }

    @Override
    protected void load(Battle battle, boolean keepState) {
        var q = query(Timeframe.ALL_TIME);
        loader.load("Trades", () -> service.trades(battle, q), set -> show(set, keepState));
    }

    @Override
    protected void clear() {
        loader.cancel();
        show(new TradeSet(List.of(), false), false);
    }

    private void show(TradeSet set, boolean keepState) {
        if (set.reconstructed() != loaded.reconstructed()) {
            table.setColumns(TradesService.columns(set.reconstructed()));
        }
        loaded = set;
        showBanner(set.reconstructed());
        updatingChoices = true;
        refill(symbol, ALL_SYMBOLS, Trade::symbol);
        refill(exitReason, ALL_REASONS, Trade::exitReason);
        updatingChoices = false;
        applyFilter(keepState);
    }

    /** The choices found in the loaded trades, keeping the current one when it is still there. */
    private void refill(ComboBox<String> combo, String all, Function<Trade, String> field) {
        String current = combo.getValue();
        List<String> items = new ArrayList<>(List.of(all));
        loaded.trades().stream().map(field).filter(Objects::nonNull).distinct().sorted().forEach(items::add);
        combo.getItems().setAll(items);
        combo.setValue(items.contains(current) ? current : all);
    }

    private void applyFilter(boolean keepState) {
        List<Trade> shown = TradesService.filter(loaded.trades(), filter());
        table.setRows(shown, keepState);
        stats.setText(TradesService.summary(TradeStats.of(shown), loaded.reconstructed()));
    }

    private void showBanner(boolean show) {
        banner.setVisible(show);
        banner.setManaged(show);
    }
}
