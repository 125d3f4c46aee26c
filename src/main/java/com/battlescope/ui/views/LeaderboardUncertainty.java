package com.battlescope.ui.views;

import com.battlescope.ui.widgets.RowColumn;
import com.battlescope.ui.widgets.SpecTable;
import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.service.Battle;
import com.battlescope.service.verdict.VerdictColumns;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.LeaderboardColumns;
import com.battlescope.service.view.LeaderboardRow;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.Jobs;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The leaderboard's "Uncertainty" columns: the verdict's bootstrap intervals of the total return and of the
 * per-period Sharpe, and a marker on the models of the best set (the Verdict's defaults over the app's range and
 * models), read in the background.
 */
final class LeaderboardUncertainty {
    static final String WAITING = "…";
    private final AppContext ctx;
    private final VerdictService service;
    private final TableColumn<LeaderboardRow, LeaderboardRow> best;
    private final TableColumn<LeaderboardRow, LeaderboardRow> returnCi;
    private final TableColumn<LeaderboardRow, LeaderboardRow> sharpeCi;
    private VerdictResult result;
    private Jobs.Job job;
    private AtomicBoolean stop = new AtomicBoolean();
    private boolean on;

    LeaderboardUncertainty(AppContext ctx, VerdictService service) {
        this.ctx = ctx;
        this.service = service;
        best = column("best-set", "Best set", m -> result.bestSet().contains(m.modelId()) ? "●" : "",
                "● the model is in the best set: the leader does not significantly beat it (Holm, 5 %)");
        returnCi = column("return-ci", "Return 95 % interval", m -> VerdictColumns.interval(m.totalReturnCi(), true),
                "Bootstrap interval of the total return over the range (stationary bootstrap, 2,000 replicates)");
        sharpeCi = column("sharpe-ci", "Sharpe / period 95 % interval", m -> VerdictColumns.interval(m.sharpeCi(), false),
                "Bootstrap interval of the per-period (hourly) Sharpe ratio, not annualised");
    }

    private TableColumn<LeaderboardRow, LeaderboardRow> column(String id, String title, Function<ModelVerdict, String> text,
                                                               String help) {
        return RowColumn.of(id, title, (cell, row) -> {
            cell.getStyleClass().add("numeric");
            cell.setTooltip(new Tooltip(help));
            ModelVerdict m = result == null || row == null ? null : result.model(row.modelId());
            cell.setText(row == null ? null : m == null ? WAITING : text.apply(m));
        });
    }

    boolean isOn() {
        return on;
    }

    /** Adds or removes the columns; on reads the verdict. */
    void set(SpecTable<LeaderboardRow> table, boolean show) {
        on = show;
        List<TableColumn<LeaderboardRow, ?>> columns = table.view().getColumns();
        columns.removeAll(List.of(best, returnCi, sharpeCi));
        if (!show) {
            stop();
            return;
        }
        table.addExtraColumn(LeaderboardColumns.MODEL, best);
        table.addExtraColumn("return-pct", returnCi);
        table.addExtraColumn("sharpe-sampled", sharpeCi);
        reload(table);
    }

    /** Reads the verdict again (a new battle, range or model pick) when the columns are shown. */
    void reload(SpecTable<LeaderboardRow> table) {
        stop();
        result = null;
        table.view().refresh();
        Battle battle = ctx.battle();
        if (!on || battle == null) {
            return;
        }
        var range = ctx.range();
        var models = ViewQueries.models(ctx);
        AtomicBoolean stopped = new AtomicBoolean();
        stop = stopped;
        job = ctx.jobs().run("Uncertainty", () -> service.verdict(battle, range, models, VerdictOptions.defaults(),
                new StationaryBootstrap.Control(done -> { }, stopped::get)), r -> {
                    result = r;
                    table.view().refresh();
                }, e -> { });
    }

    private void stop() {
        stop.set(true);
        if (job != null) {
            job.cancel();
            job = null;
        }
    }
}
