package com.battlescope.ui.views;

import com.battlescope.analytics.Moment;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ComparisonData;
import com.battlescope.service.view.ComparisonViewService;
import com.battlescope.service.view.ComparisonViewService.Span;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.LatestJob;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the comparison view: the symbol and window chosen, the loaded moments and the one shown.
 * Loads run through the context's jobs; a load that a newer one overtook is dropped.
 */
public final class ComparisonViewModel {
    private final AppContext ctx;
    private final ComparisonViewService service;
    private final ObservableList<String> symbols = FXCollections.observableArrayList();
    private final ObjectProperty<String> symbol = new SimpleObjectProperty<>();
    private final IntegerProperty windowMinutes = new SimpleIntegerProperty(5);
    private final ReadOnlyObjectWrapper<ComparisonData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Moment> moment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(new Shown(null, -1));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Span span;
    /** A moment opened from elsewhere: an ALL range then loads the day around it. */
    private Stamp focus;
    private final LatestJob latest;
    private boolean settingSymbols;
    /** The battle whose symbols are listed. */
    private Battle symbolsOf;

    public ComparisonViewModel(AppContext ctx, ComparisonViewService service) {
        this.ctx = ctx;
        this.latest = new LatestJob(ctx.jobs());
        this.service = service;
        symbol.addListener((o, a, b) -> {
            if (!settingSymbols) {
                reload();
            }
        });
        windowMinutes.addListener((o, a, b) -> refresh());
    }

    public ObservableList<String> symbols() {
        return symbols;
    }

    public ObjectProperty<String> symbolProperty() {
        return symbol;
    }

    public IntegerProperty windowMinutesProperty() {
        return windowMinutes;
    }

    public ReadOnlyObjectProperty<ComparisonData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The moment shown, or null. */
    public ReadOnlyObjectProperty<Moment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    /** What is on screen: the data and the index of the moment in it. Changes once per load or step. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @param index the moment shown, -1 for none */
    public record Shown(ComparisonData data, int index) {
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** An error of the last load, else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A new battle: reads its symbols (keeping the symbol when it has it), then the moments. */
    public void battleChanged() {
        span = null;
        loadSymbols();
    }

    private void loadSymbols() {
        Battle battle = ctx.battle();
        latest.cancel();
        if (battle == null) {
            symbolsOf = null;
            setSymbols(List.of());
            loading.set(false);
            apply(null, null);
            return;
        }
        loading.set(true);
        latest.run("Reading symbols", () -> service.symbols(battle), list -> {
            symbolsOf = battle;
            setSymbols(list);
            reload();
        }, this::failed);
    }

    /** Models or range changed: loads again and shows the newest moment. */
    public void reload() {
        focus = null;
        load(null);
    }

    /**
     * Shows the moment of {@code sym} at {@code time} (e.g. a split moment of the Quality view); when the app's
     * range is everything, the 24 hours around that time are loaded.
     */
    public void showAt(String sym, Stamp time) {
        focus = time;
        settingSymbols = true;
        try {
            symbol.set(sym);
        } finally {
            settingSymbols = false;
        }
        load(time);
    }

    /** New rows or another window: loads again and stays at the moment shown (new moments appear). */
    public void refresh() {
        Moment m = moment.get();
        load(m == null ? null : m.time());
    }

    /** The user widened or narrowed an ALL range. */
    public void chooseSpan(Span s) {
        ComparisonData d = data.get();
        if (s == null || (d != null && d.span() == s)) {
            return;
        }
        span = s;
        refresh();
    }

    public void select(int i) {
        ComparisonData d = data.get();
        if (d == null || i < 0 || i >= d.moments().size()) {
            return;
        }
        index.set(i);
        moment.set(d.moments().get(i));
        shown.set(new Shown(d, i));
    }

    public void next() {
        select(index.get() + 1);
    }

    public void previous() {
        select(index.get() - 1);
    }

    private void load(Stamp keep) {
        Battle battle = ctx.battle();
        String sym = symbol.get();
        latest.cancel();
        if (battle != symbolsOf) {
            loadSymbols();
            return;
        }
        if (battle == null || sym == null) {
            loading.set(false);
            apply(null, null);
            return;
        }
        ViewQuery asked = ViewQueries.of(ctx).withSymbol(sym);
        boolean around = focus != null && asked.range().from() == null && asked.range().to() == null;
        ViewQuery q = !around ? asked : asked.withRange(new TimeRange(Stamp.of(focus.local().minusHours(12)),
                Stamp.of(focus.local().plusHours(12))));
        double window = windowMinutes.get();
        Span s = span;
        loading.set(true);
        latest.run("Comparing decisions on " + sym, () -> service.load(battle, q, window, s), d -> {
            loading.set(false);
            message.set("");
            apply(d, keep);
        }, this::failed);
    }

    private void apply(ComparisonData d, Stamp keep) {
        data.set(d);
        int i = d == null ? -1 : d.indexAt(keep);
        index.set(i);
        moment.set(i < 0 ? null : d.moments().get(i));
        shown.set(new Shown(d, i));
    }

    private void setSymbols(List<String> list) {
        settingSymbols = true;
        try {
            String keep = symbol.get();
            symbols.setAll(list);
            symbol.set(keep != null && list.contains(keep) ? keep : list.isEmpty() ? null : list.get(0));
        } finally {
            settingSymbols = false;
        }
    }

    private void failed(Exception e) {
        loading.set(false);
        message.set(UserMessages.of(e));
    }
}
