package com.battlescope.ui.views;

import com.battlescope.service.Battle;
import com.battlescope.service.view.Period;
import com.battlescope.service.view.Summaries;
import com.battlescope.service.view.SummariesService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the Summaries page: the period chosen and the summaries read for it. Works without the FX toolkit. */
public final class SummariesViewModel extends PageViewModel<Summaries> {
    private final SummariesService service;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.DAILY);

    public SummariesViewModel(AppContext ctx, SummariesService service) {
        super(ctx, "Summaries");
        this.service = service;
        period.addListener((o, was, now) -> reload());
    }

    /** Daily, weekly or monthly returns; another period reads again. */
    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    @Override
    protected Summaries read(Battle battle, ViewQuery query) {
        return service.summaries(battle, query, period.get());
    }
}
