package com.battlescope.ui.views;

import com.battlescope.analytics.TradeSet;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.view.TradeFilter;
import com.battlescope.service.view.TradesService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Trades page: the trades read, the filters (symbol, direction, winners or losers, exit reason; each
 * choice list lists what the trades hold), the trades they let through and the stats line. Filters apply in
 * memory. Works without the FX toolkit.
 */
public final class TradesViewModel extends PageViewModel<TradeSet> {
    public static final String ALL_SYMBOLS = "All symbols";
    public static final String ALL_DIRECTIONS = "All directions";
    public static final String ALL_TRADES = "All trades";
    public static final String WINNERS = "Winners";
    public static final String LOSERS = "Losers";
    public static final String ALL_REASONS = "All exit reasons";

    /** The trades the filters let through; {@code keepState}: keep the table's selection and scroll. */
    public record Filtered(List<Trade> trades, boolean reconstructed, boolean keepState) {
    }

    private final TradesService service;
    private final ObjectProperty<String> symbol = new SimpleObjectProperty<>(ALL_SYMBOLS);
    private final ObjectProperty<String> direction = new SimpleObjectProperty<>(ALL_DIRECTIONS);
    private final ObjectProperty<String> outcome = new SimpleObjectProperty<>(ALL_TRADES);
    private final ObjectProperty<String> exitReason = new SimpleObjectProperty<>(ALL_REASONS);
    private final ObservableList<String> symbols = FXCollections.observableArrayList(ALL_SYMBOLS);
    private final ObservableList<String> directions = FXCollections.observableArrayList(ALL_DIRECTIONS, "long",
            "short");
    private final ObservableList<String> outcomes = FXCollections.observableArrayList(ALL_TRADES, WINNERS, LOSERS);
    private final ObservableList<String> exitReasons = FXCollections.observableArrayList(ALL_REASONS);
    private final ReadOnlyObjectWrapper<Filtered> filtered = new ReadOnlyObjectWrapper<>(
            new Filtered(List.of(), false, false));
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper("");
    private TradeSet loaded = new TradeSet(List.of(), false);
    private boolean updatingChoices;

    public TradesViewModel(AppContext ctx, TradesService service) {
        super(ctx, "Trades");
        this.service = service;
        List.of(symbol, direction, outcome, exitReason).forEach(p -> p.addListener((o, was, now) -> {
            if (!updatingChoices) {
                applyFilter(false);
            }
        }));
        shownProperty().addListener((o, was, now) -> show(now == null ? new TradeSet(List.of(), false) : now.value(),
                now != null && now.keepState()));
    }

    public ObjectProperty<String> symbolProperty() {
        return symbol;
    }

    public ObjectProperty<String> directionProperty() {
        return direction;
    }

    public ObjectProperty<String> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<String> exitReasonProperty() {
        return exitReason;
    }

    /** "All symbols" and every symbol of the trades read, sorted. */
    public ObservableList<String> symbols() {
        return FXCollections.unmodifiableObservableList(symbols);
    }

    public ObservableList<String> directions() {
        return FXCollections.unmodifiableObservableList(directions);
    }

    public ObservableList<String> outcomes() {
        return FXCollections.unmodifiableObservableList(outcomes);
    }

    /** "All exit reasons" and every exit reason of the trades read, sorted. */
    public ObservableList<String> exitReasons() {
        return FXCollections.unmodifiableObservableList(exitReasons);
    }

    public ReadOnlyObjectProperty<Filtered> filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** Count, win rate and P&L of the trades let through. */
    public ReadOnlyStringProperty statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** The filters as chosen. */
    public TradeFilter filter() {
        TradeFilter.Outcome o = switch (outcome.get() == null ? ALL_TRADES : outcome.get()) {
            case WINNERS -> TradeFilter.Outcome.WINNERS;
            case LOSERS -> TradeFilter.Outcome.LOSERS;
            default -> TradeFilter.Outcome.ALL;
        };
        return new TradeFilter(orNull(symbol.get(), ALL_SYMBOLS), orNull(direction.get(), ALL_DIRECTIONS), o,
                orNull(exitReason.get(), ALL_REASONS));
    }

    private static String orNull(String value, String all) {
        return value == null || value.equals(all) ? null : value;
    }

    @Override
    protected TradeSet read(Battle battle, ViewQuery query) {
        return service.trades(battle, query);
    }

    private void show(TradeSet set, boolean keepState) {
        loaded = set;
        updatingChoices = true;
        try {
            refill(symbols, symbol, ALL_SYMBOLS, Trade::symbol);
            refill(exitReasons, exitReason, ALL_REASONS, Trade::exitReason);
        } finally {
            updatingChoices = false;
        }
        applyFilter(keepState);
    }

    /** The choices found in the loaded trades, keeping the current one when it is still there. */
    private void refill(ObservableList<String> choices, ObjectProperty<String> chosen, String all,
                        Function<Trade, String> field) {
        String current = chosen.get();
        List<String> items = new ArrayList<>(List.of(all));
        loaded.trades().stream().map(field).filter(Objects::nonNull).distinct().sorted().forEach(items::add);
        choices.setAll(items);
        chosen.set(items.contains(current) ? current : all);
    }

    private void applyFilter(boolean keepState) {
        List<Trade> shown = TradesService.filter(loaded.trades(), filter());
        filtered.set(new Filtered(shown, loaded.reconstructed(), keepState));
        stats.set(TradesService.summary(TradeStats.of(shown), loaded.reconstructed()));
    }
}
