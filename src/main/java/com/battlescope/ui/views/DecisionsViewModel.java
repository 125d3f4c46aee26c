package com.battlescope.ui.views;

import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.service.view.DecisionPage;
import com.battlescope.ui.AppContext;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.LatestJob;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the decision log: the filters, the page shown and the symbols to pick from. A filter change
 * goes back to the newest page; paging runs the keyset queries of {@link DecisionLogService}.
 */
public final class DecisionsViewModel {
    private final AppContext ctx;
    private final DecisionLogService service;
    private final ObservableList<String> symbols = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>();
    private final ObjectProperty<String> symbol = new SimpleObjectProperty<>();
    private final ObjectProperty<String> decision = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> executed = new SimpleObjectProperty<>();
    private final ObjectProperty<String> text = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DecisionPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final LatestJob latest;

    public DecisionsViewModel(AppContext ctx, DecisionLogService service) {
        this.ctx = ctx;
        this.latest = new LatestJob(ctx.jobs());
        this.service = service;
        for (ObjectProperty<?> p : List.of(model, symbol, decision, executed, text)) {
            p.addListener((o, a, b) -> reload());
        }
    }

    public ObservableList<String> symbols() {
        return symbols;
    }

    /** Model filter; null = every model picked in the context. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    public ObjectProperty<String> symbolProperty() {
        return symbol;
    }

    /** buy, sell, hold, close; null = all. */
    public ObjectProperty<String> decisionProperty() {
        return decision;
    }

    public ObjectProperty<Boolean> executedProperty() {
        return executed;
    }

    /** Text searched in the reasoning; null or blank = none. */
    public ObjectProperty<String> textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<DecisionPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A new battle: reads its symbols and the newest page. */
    public void battleChanged() {
        Battle battle = ctx.battle();
        symbols.clear();
        if (battle != null) {
            ctx.jobs().run("Reading symbols", () -> battle.symbols(), list -> {
                if (battle == ctx.battle()) {
                    symbols.setAll(list);
                }
            }, e -> message.set(UserMessages.of(e)));
        }
        reload();
    }

    /** The newest page for the current filters. */
    public void reload() {
        DecisionFilter filter = filter();
        List<String> models = ViewQueries.models(ctx);
        run("Reading the decision log", b -> service.first(b, filter, models));
    }

    public void next() {
        DecisionPage p = page.get();
        if (p != null && p.hasNext()) {
            run("Reading the next page", b -> service.next(b, p));
        }
    }

    public void previous() {
        DecisionPage p = page.get();
        if (p != null && p.hasPrevious()) {
            run("Reading the previous page", b -> service.previous(b, p));
        }
    }

    /** The same page again, for new rows. */
    public void refresh() {
        DecisionPage p = page.get();
        if (p == null) {
            reload();
        } else {
            run("Reading the decision log", b -> service.reload(b, p));
        }
    }

    private DecisionFilter filter() {
        TimeRange r = ctx.range();
        String t = text.get() == null || text.get().isBlank() ? null : text.get().trim();
        return new DecisionFilter(model.get(), symbol.get(), decision.get(), executed.get(), t, r.fromText(),
                r.toText());
    }

    private void run(String title, BattleWork work) {
        Battle battle = ctx.battle();
        latest.cancel();
        if (battle == null) {
            loading.set(false);
            page.set(null);
            return;
        }
        loading.set(true);
        latest.run(title, () -> work.apply(battle), p -> {
            loading.set(false);
            message.set("");
            page.set(p);
        }, e -> {
            loading.set(false);
            message.set(UserMessages.of(e));
        });
    }

    private interface BattleWork {
        DecisionPage apply(Battle battle) throws Exception;
    }
}
