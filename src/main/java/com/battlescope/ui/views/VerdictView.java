package com.battlescope.ui.views;

import com.battlescope.ui.widgets.SpecTable;
import com.battlescope.ui.widgets.ModelCell;
import com.battlescope.ui.widgets.Labelled;
import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.verdict.VerdictColumns;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.verdict.VerdictTable;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.XYChart;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import com.battlescope.ui.FxThread;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Is a lead real? The headline, the best set as chips in model colours, the per-model table (intervals, PSR, DSR,
 * minimum track record, beats/ties/loses), the pairwise matrix (Sharpe difference, coloured by significance after
 * Holm; click a cell for both equity curves over the common hours) and the rank probabilities with the engine's
 * rank outlined. The bootstrap runs in the background with progress and can be cancelled.
 */
public final class VerdictView extends ContextView {
    private final VerdictViewModel vm;
    private final TextField alpha = field("verdict-alpha", 5);
    private final TextField level = field("verdict-level", 5);
    private final TextField replicates = field("verdict-replicates", 6);
    private final TextField seed = field("verdict-seed", 6);
    private final TextField blockLength = field("verdict-block-length", 5);
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Label headline = new Label("Open a battle folder to judge its ranking");
    private final FlowPane bestSet = new FlowPane();
    private final SpecTable<ModelVerdict> table = new SpecTable<>("verdict-table", ModelVerdict::modelId);
    private final GridPane matrix = new GridPane();
    private final GridPane ranks = new GridPane();
    private final Label pairTitle = new Label("Click a cell of the matrix to compare the two models' equity.");
    private final VBox pairBox = new VBox(6);
    private XYChart pairChart;
    private boolean shown = true;
    private boolean stale;
    private final ScrollPane root;

    public VerdictView(AppContext ctx, VerdictService service) {
        this(ctx, service, FxThread::run);
    }

    VerdictView(AppContext ctx, VerdictService service, Consumer<Runnable> onFx) {
        super(ctx, ViewId.VERDICT);
        vm = new VerdictViewModel(ctx, service, onFx);
        alpha.setText("0.05");
        level.setText("0.95");
        replicates.setText("2000");
        seed.setText("1");
        blockLength.setPromptText("auto");
        run.setId("verdict-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> runWithFields());
        cancel.setId("verdict-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        progress.setId("verdict-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        message.setId("verdict-message");
        message.getStyleClass().add("view-note");
        message.textProperty().bind(vm.messageProperty());
        // each label stays with its field; the groups wrap to a second line in a narrow window
        FlowPane toolbar = new FlowPane(12, 6, Labelled.of("Alpha", alpha), Labelled.of("Level", level),
                Labelled.of("Replicates", replicates), Labelled.of("Seed", seed), Labelled.of("Block length", blockLength),
                new HBox(6, run, cancel, progress), message);
        toolbar.getStyleClass().add("view-toolbar");
        headline.setId("verdict-headline");
        headline.getStyleClass().add("verdict-headline");
        headline.setWrapText(true);
        bestSet.setId("verdict-best-set");
        bestSet.getStyleClass().add("top-performers");
        table.decorate("model", spec -> new ModelCell<>(spec, ModelVerdict::modelId, ctx.colors()));
        table.setColumns(VerdictColumns.models());
        table.view().setPlaceholder(new Label("No verdict yet"));
        matrix.setId("verdict-matrix");
        matrix.getStyleClass().add("verdict-grid");
        ranks.setId("verdict-ranks");
        ranks.getStyleClass().add("verdict-grid");
        Label matrixTitle = sectionTitle("Pairwise: row Sharpe − column Sharpe per period (Ledoit–Wolf, Holm)");
        Label legend = new Label("green: row significantly better · red: significantly worse · amber: p < alpha "
                + "before Holm only · grey: no significant difference");
        legend.getStyleClass().add("view-note");
        legend.setWrapText(true);
        legend.setMaxWidth(560);
        Label ranksTitle = sectionTitle("Rank probabilities by total return (bootstrap); outlined: the engine's rank");
        // side by side when the window is wide enough, else the rank probabilities below the matrix
        FlowPane grids = new FlowPane(32, 16, new VBox(6, matrixTitle, matrix, legend), new VBox(6, ranksTitle, ranks));
        pairTitle.setId("verdict-pair-title");
        pairTitle.getStyleClass().add("view-note");
        pairBox.getChildren().add(pairTitle);
        VBox content = new VBox(8, toolbar, headline, bestSet, table.view(), grids, pairBox);
        content.getStyleClass().add("verdict-content");
        root = root(new ScrollPane(content));
        root.setFitToWidth(true);
        root.getStylesheets().add(STYLESHEET);
        vm.resultProperty().addListener((o, was, now) -> show(now));
        vm.runningProperty().addListener((o, was, now) -> {
            if (now && vm.result() == null) {
                headline.setText("Judging the ranking…");
            }
        });
        vm.pairEquityProperty().addListener((o, was, now) -> showPair());
        listen();
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("verdict-section");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    VerdictViewModel model() {
        return vm;
    }

    /** Reads the option fields into the view model and runs; a field that does not parse is named in the message. */
    private void runWithFields() {
        try {
            vm.alphaProperty().set(Double.parseDouble(alpha.getText().trim()));
            vm.levelProperty().set(Double.parseDouble(level.getText().trim()));
            vm.replicatesProperty().set(Integer.parseInt(replicates.getText().trim()));
            vm.seedProperty().set(Long.parseLong(seed.getText().trim()));
            String b = blockLength.getText().trim();
            vm.blockLengthProperty().set(b.isEmpty() ? null : Integer.valueOf(b));
        } catch (NumberFormatException e) {
            vm.showMessage("Not a number: " + e.getMessage().replace("For input string: ", ""));
            return;
        }
        vm.run();
    }



    @Override
    public DataTable tableData() {
        VerdictResult r = vm.result();
        return r == null ? new DataTable(id(), VerdictTable.HEADERS, List.of()) : VerdictTable.of(r);
    }

    /**
     * A hidden tab does not bootstrap: it notes that it is behind and runs when shown (opening a big battle does not
     * pay for a verdict nobody looks at). New live rows rerun it unless a run is still going.
     */
    @Override
    public void setShown(boolean shown) {
        super.setShown(shown);
        this.shown = shown;
        if (shown && stale) {
            stale = false;
            runWithFields();
        }
    }

    @Override
    protected void load(Battle battle, boolean keepState) {
        if (!shown) {
            stale = true;
        } else if (!keepState || !vm.runningProperty().get()) {
            runWithFields();
        }
    }

    @Override
    protected void clear() {
        vm.run();
    }

    private void show(VerdictResult r) {
        bestSet.getChildren().clear();
        matrix.getChildren().clear();
        ranks.getChildren().clear();
        pairBox.getChildren().setAll(pairTitle);
        if (r == null) {
            headline.setText("Open a battle folder to judge its ranking");
            table.setRows(List.of(), false);
            return;
        }
        headline.setText(r.headline());
        Label title = new Label("Best set:");
        title.getStyleClass().add("view-note");
        bestSet.getChildren().add(title);
        for (String m : r.bestSet()) {
            bestSet.getChildren().add(chip(m));
        }
        table.setRows(r.models(), false);
        table.view().setPrefHeight(36 + 26 * Math.max(1, r.models().size()));
        List<ModelVerdict> byRank = r.models().stream().sorted(Comparator.comparingInt(ModelVerdict::engineRank))
                .toList();
        fillMatrix(r, byRank);
        fillRanks(byRank);
    }

    private Label chip(String model) {
        Label chip = new Label(model);
        chip.getStyleClass().add("verdict-chip");
        Color c = ctx.colors().color(model);
        boolean dark = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 0.6;
        chip.setStyle("-fx-background-color: " + ctx.colors().web(model) + "; -fx-text-fill: "
                + (dark ? "white" : "black") + ";");
        return chip;
    }

    private Label header(String model) {
        Label l = new Label(model, ModelCell.swatch(ctx.colors(), model));
        l.getStyleClass().add("verdict-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void fillMatrix(VerdictResult r, List<ModelVerdict> byRank) {
        for (int j = 0; j < byRank.size(); j++) {
            Label h = new Label(Integer.toString(byRank.get(j).engineRank()));
            h.setTooltip(new Tooltip(byRank.get(j).modelId()));
            h.getStyleClass().add("verdict-header");
            matrix.add(h, j + 1, 0);
        }
        for (int i = 0; i < byRank.size(); i++) {
            String row = byRank.get(i).modelId();
            Label rowHeader = header(row);
            rowHeader.setText(byRank.get(i).engineRank() + ". " + row);
            matrix.add(rowHeader, 0, i + 1);
            for (int j = 0; j < byRank.size(); j++) {
                String column = byRank.get(j).modelId();
                Label cell = new Label();
                cell.getStyleClass().add("verdict-cell");
                cell.setAlignment(Pos.CENTER);
                if (i == j) {
                    cell.getStyleClass().add("verdict-diagonal");
                } else {
                    PairVerdict p = r.pair(row, column);
                    cell.setText(VerdictColumns.difference(p, row));
                    cell.setUserData(List.of(row, column));
                    cell.getStyleClass().add("verdict-" + VerdictColumns.outcome(p, row, r.alpha()).name()
                            .toLowerCase(Locale.ROOT).replace('_', '-'));
                    Tooltip tip = new Tooltip(VerdictColumns.details(p, row, r.alpha()));
                    tip.setShowDelay(Duration.millis(150));
                    cell.setTooltip(tip);
                    cell.setOnMouseClicked(e -> vm.selectPair(row, column));
                }
                matrix.add(cell, j + 1, i + 1);
            }
        }
    }

    private void fillRanks(List<ModelVerdict> byRank) {
        for (int k = 0; k < byRank.size(); k++) {
            Label h = new Label("#" + (k + 1));
            h.getStyleClass().add("verdict-header");
            ranks.add(h, k + 1, 0);
        }
        for (int i = 0; i < byRank.size(); i++) {
            ModelVerdict m = byRank.get(i);
            ranks.add(header(m.modelId()), 0, i + 1);
            Color c = ctx.colors().color(m.modelId());
            for (int k = 0; k < m.rankProbabilities().size(); k++) {
                double p = m.rankProbabilities().get(k);
                Label cell = new Label(p < 0.0005 ? "" : VerdictColumns.probability(p));
                cell.getStyleClass().add("verdict-cell");
                cell.setUserData(List.of(m.modelId(), k + 1));
                cell.setAlignment(Pos.CENTER);
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%d,%d,%d,%.3f);",
                        Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                        0.08 + 0.5 * p));
                if (k + 1 == m.engineRank()) {
                    cell.getStyleClass().add("verdict-engine-rank");
                }
                cell.setTooltip(new Tooltip(m.modelId() + " ranks #" + (k + 1) + " in "
                        + VerdictColumns.probability(p) + " of the replicates"
                        + (k + 1 == m.engineRank() ? " (its rank now)" : "")));
                ranks.add(cell, k + 1, i + 1);
            }
        }
    }

    private void showPair() {
        var eq = vm.pairEquityProperty().get();
        PairVerdict p = vm.pairProperty().get();
        if (eq == null || p == null) {
            return;
        }
        pairTitle.setText(p.modelA() + " vs " + p.modelB() + ": " + String.format("%,d", eq.hours().length)
                + " common hours; " + (p.winner() == null ? "no significant difference" : p.winner()
                + " is significantly better"));
        var data = VerdictViewModel.pairChart(eq, ctx.colors());
        if (pairChart == null) {
            pairChart = ChartFactory.create(data);
            pairChart.setId("verdict-pair-chart");
            pairChart.setPrefHeight(360);
        } else {
            ChartFactory.show(pairChart, data);
        }
        pairBox.getChildren().setAll(pairTitle, pairChart);
    }
}
