package com.battlescope.ui.views;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.RankHistoryChart;
import com.battlescope.service.view.RankPoint;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** A bump chart of the models' leaderboard ranks over time for one timeframe; hover shows rank, previous rank, return. */
public final class RankHistoryView extends ChartView<RankHistoryChart> {
    private static final ChartData EMPTY = new ChartData("rank-history", "Rank history (all time)", "Time",
            "Rank (1 = best)", true, true, false, "rank", List.of());
    private final ChartService service;
    private final ChoiceBox<Timeframe> timeframe = new ChoiceBox<>();
    private volatile Map<String, List<RankPoint>> points = Map.of();

    public RankHistoryView(AppContext ctx, ChartService service) {
        super(ctx, ViewId.RANK_HISTORY, EMPTY);
        this.service = service;
        timeframe.setId("rank-timeframe");
        timeframe.getItems().setAll(Timeframe.DAILY, Timeframe.WEEKLY, Timeframe.MONTHLY, Timeframe.ALL_TIME);
        timeframe.setConverter(new StringConverter<>() {
            @Override
            public String toString(Timeframe t) {
                return t == null ? "" : label(t);
            }

            @Override
            public Timeframe fromString(String s) {
                return Timeframe.fromText(s.replace(' ', '_'));
            }
        });
        timeframe.setValue(Timeframe.ALL_TIME);
        timeframe.valueProperty().addListener(o -> refresh());
        Button reset = new Button("Reset zoom");
        reset.setId("rank-reset-zoom");
        reset.setOnAction(e -> ChartFactory.resetZoom(chart()));
        HBox tools = new HBox(6, new Label("Timeframe"), timeframe, reset);
        tools.setAlignment(Pos.CENTER_LEFT);
        addTop(tools);
    }

    static String label(Timeframe t) {
        return switch (t) {
            case DAILY -> "Daily";
            case WEEKLY -> "Weekly";
            case MONTHLY -> "Monthly";
            case ALL_TIME -> "All time";
        };
    }

    public Timeframe timeframe() {
        return timeframe.getValue();
    }

    public void setTimeframe(Timeframe t) {
        timeframe.setValue(t);
    }

    @Override
    protected ViewQuery query(ViewQuery base) {
        return base.withTimeframe(timeframe.getValue());
    }

    @Override
    protected RankHistoryChart load(Battle battle, ViewQuery query) {
        return service.rankHistoryChart(battle, query);
    }

    @Override
    protected ChartData chartOf(RankHistoryChart result) {
        return result.chart();
    }

    @Override
    protected void showing(RankHistoryChart result, boolean inPlace) {
        points = result.points();
    }

    @Override
    protected void showingNothing() {
        points = Map.of();
    }

    /** e.g. {@code gpt-4o / 2025-01-07 16:05:00 / Rank 2 (previous 1) / Return -0.28 %}. */
    @Override
    protected String pointText(ChartSeries series, int index) {
        List<RankPoint> p = points.get(series.name());
        if (p == null || index >= p.size()) {
            return super.pointText(series, index);
        }
        RankPoint r = p.get(index);
        String previous = r.previousRank() == null ? "first" : "previous " + r.previousRank();
        return String.format(Locale.US, "%s\n%s\nRank %d (%s)\nReturn %+.2f %%", series.name(), r.time().text(),
                r.rank(), previous, r.returnPct());
    }
}
