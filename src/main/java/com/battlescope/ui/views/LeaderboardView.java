package com.battlescope.ui.views;

import com.battlescope.ui.widgets.RowColumn;
import com.battlescope.ui.widgets.SpecTable;
import com.battlescope.ui.widgets.Sparkline;
import com.battlescope.ui.widgets.ModelCell;
import com.battlescope.ui.widgets.ChoiceBar;
import com.battlescope.service.UserMessages;
import com.battlescope.model.DataTable;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.view.Cells;
import com.battlescope.service.view.ColumnSpec;
import com.battlescope.service.view.Leaderboard;
import com.battlescope.service.view.LeaderboardColumns;
import com.battlescope.service.view.LeaderboardRow;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.service.view.TopPerformer;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.ui.AppContext;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The standings of a timeframe in ranking order: return, Sharpe (parity, daily, sampled), drawdown, trades,
 * exposure; rank-change arrows, each model's colour, an equity sparkline and a top-performers strip.
 */
public final class LeaderboardView extends ModelPageView {
    private final LeaderboardViewModel vm;
    private final SpecTable<LeaderboardRow> table = new SpecTable<>("leaderboard-table", LeaderboardRow::modelId);
    private final ChoiceBar<Timeframe> timeframe = new ChoiceBar<>("timeframe",
            List.of(Timeframe.DAILY, Timeframe.WEEKLY, Timeframe.MONTHLY, Timeframe.ALL_TIME),
            LeaderboardView::label, t -> t.text().replace('_', '-'), Timeframe.ALL_TIME);
    private final CheckBox advanced = new CheckBox("Advanced columns");
    private final CheckBox uncertainty = new CheckBox("Uncertainty");
    private final LeaderboardUncertainty intervals;
    private final Label countingNote = new Label();
    private final FlowPane topPerformers = new FlowPane();
    private final Loader loader;
    private final VBox root;
    private boolean reconstructed;

    /** {@code verdicts} fills the uncertainty columns. */
    public LeaderboardView(AppContext ctx, LeaderboardService service, VerdictService verdicts) {
        super(ctx, ViewId.LEADERBOARD);
        vm = new LeaderboardViewModel(ctx, service);
        advanced.setId("advanced-columns");
        advanced.selectedProperty().addListener((o, was, now) -> table.showAdvanced(now));
        vm.advancedProperty().bind(advanced.selectedProperty());
        intervals = new LeaderboardUncertainty(ctx, verdicts);
        uncertainty.setId("uncertainty");
        uncertainty.setTooltip(new javafx.scene.control.Tooltip(
                "Bootstrap intervals of return and Sharpe, and the best set (see the Verdict tab)"));
        uncertainty.selectedProperty().addListener((o, was, now) -> intervals.set(table, now));
        countingNote.setId("leaderboard-counting");
        countingNote.getStyleClass().add("view-note");
        countingNote.textProperty().bind(vm.noteProperty());
        countingNote.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        vm.timeframeProperty().bind(timeframe.valueProperty());
        vm.shownProperty().addListener((o, was, now) -> show(now));
        topPerformers.setId("top-performers");
        topPerformers.getStyleClass().add("top-performers");
        table.decorate(LeaderboardColumns.MODEL, spec -> new ModelCell<>(spec, LeaderboardRow::modelId, ctx.colors()));
        table.decorate(LeaderboardColumns.RANK_CHANGE, spec -> new RankChangeCell(spec));
        table.setColumns(LeaderboardColumns.of(false));
        table.addExtraColumn(LeaderboardColumns.MODEL, sparklineColumn());
        table.showAdvanced(false);
        Label tfLabel = new Label("Timeframe");
        HBox toolbar = new HBox(tfLabel, timeframe, advanced, uncertainty, countingNote);
        toolbar.getStyleClass().add("view-toolbar");
        loader = new Loader(table.view(), "leaderboard");
        loader.bind(vm.loadingProperty(), vm.errorProperty());
        Loader.placeholder(table.view(), ctx.battleProperty(), vm.loadingProperty(),
                "Open a battle folder to see the leaderboard", "No standings for these models and range");
        VBox.setVgrow(loader.pane(), Priority.ALWAYS);
        root = root(new VBox(toolbar, topPerformers, loader.pane()));
        root.getStylesheets().add(STYLESHEET);
        listen();
    }

    private static String label(Timeframe t) {
        return switch (t) {
            case DAILY -> "Daily";
            case WEEKLY -> "Weekly";
            case MONTHLY -> "Monthly";
            case ALL_TIME -> "All time";
        };
    }



    @Override
    public DataTable tableData() {
        return table.tableData(id());
    }

    @Override
    public ViewQuery exportQuery(ViewQuery shared) {
        return shared.withTimeframe(timeframe.value());
    }

    Timeframe timeframe() {
        return timeframe.value();
    }

    @Override
    public LeaderboardViewModel viewModel() {
        return vm;
    }


    private void show(PageViewModel.Shown<Leaderboard> shown) {
        if (shown == null) {
            table.setRows(List.of(), false);
            topPerformers.getChildren().clear();
            return;
        }
        show(shown.value(), shown.keepState());
        if (!shown.keepState()) {
            intervals.reload(table);
        }
    }

    private void show(Leaderboard board, boolean keepState) {
        if (board.tradesReconstructed() != reconstructed) {
            reconstructed = board.tradesReconstructed();
            table.setColumns(LeaderboardColumns.of(reconstructed));
            table.showAdvanced(advanced.isSelected());
        }
        table.setRows(board.rows(), keepState);
        showTopPerformers(board);
    }

    private void showTopPerformers(Leaderboard board) {
        List<TopPerformer> top = board.topPerformers();
        topPerformers.getChildren().clear();
        if (top.isEmpty()) {
            return;
        }
        String source = top.get(0).fromSnapshot()
                ? "Top performers (leaderboard snapshot " + Cells.time(top.get(0).snapshotTime()) + "):"
                : "Top performers (computed from the snapshots):";
        Label title = new Label(source);
        title.getStyleClass().add("view-note");
        topPerformers.getChildren().add(title);
        for (TopPerformer p : top) {
            Label rank = new Label(p.rank() + ".");
            rank.getStyleClass().add("rank");
            Label name = new Label(p.modelId() + " " + Cells.pct(p.returnPct()), ModelCell.swatch(ctx.colors(), p.modelId()));
            HBox chip = new HBox(4, rank, name);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().add("top-performer");
            topPerformers.getChildren().add(chip);
        }
    }

    private TableColumn<LeaderboardRow, LeaderboardRow> sparklineColumn() {
        return RowColumn.of("sparkline", "Trend", (cell, row) -> cell.setGraphic(row == null ? null
                : Sparkline.of(row.sparkline(), ctx.colors().color(row.modelId()), 80, 18)));
    }

    /** ▲ green when the model climbed, ▼ red when it fell, – otherwise. */
    private static final class RankChangeCell extends TableCell<LeaderboardRow, LeaderboardRow> {
        private static final List<String> CLASSES = List.of("rank-up", "rank-down", "rank-same");
        private final ColumnSpec<LeaderboardRow> spec;

        RankChangeCell(ColumnSpec<LeaderboardRow> spec) {
            this.spec = spec;
            getStyleClass().add("numeric");
            setTooltip(new Tooltip("Rank change at the latest leaderboard snapshot of this timeframe,"
                    + " against the snapshot before"));
        }

        @Override
        protected void updateItem(LeaderboardRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(CLASSES);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(spec.text().apply(row));
            Integer change = row.rankChange();
            getStyleClass().add(change == null || change == 0 ? "rank-same" : change < 0 ? "rank-up" : "rank-down");
        }
    }
}
