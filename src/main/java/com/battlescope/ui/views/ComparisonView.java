package com.battlescope.ui.views;

import com.battlescope.ui.widgets.DecisionCard;
import com.battlescope.ui.widgets.DecisionStyles;
import com.battlescope.ui.widgets.Fmt;
import com.battlescope.service.view.Cells;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;
import com.battlescope.ui.widgets.Labelled;
import com.battlescope.ui.widgets.TableFit;
import com.battlescope.analytics.Agreement;
import com.battlescope.analytics.Agreement.PairAgreement;
import com.battlescope.analytics.Moment;
import com.battlescope.model.DataTable;
import com.battlescope.service.view.ComparisonData;
import com.battlescope.service.view.ComparisonViewService;
import com.battlescope.service.view.ComparisonViewService.Span;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Side by side: for one symbol, the moments when models decided (stepped with ◀/▶ or the arrow keys), one
 * card per model with its decision at that moment, and how often each pair of models agreed.
 */
public final class ComparisonView extends Page {
    private final AppContext ctx;
    private final ComparisonViewModel vm;
    private final BorderPane root = root(new BorderPane());
    private final ComboBox<String> symbolBox = new ComboBox<>();
    private final Spinner<Integer> windowSpinner = new Spinner<>(0, 24 * 60, 5);
    private final ChoiceBox<Span> spanBox = new ChoiceBox<>();
    private final Label spanLabel = new Label("Show");
    private final Button previous = new Button("◀ Previous");
    private final Button next = new Button("Next ▶");
    private final Label momentLabel = new Label();
    private final ListView<Moment> momentList = new ListView<>();
    private final HBox cards = new HBox(8);
    private final Map<String, DecisionCard> cardsByModel = new HashMap<>();
    private final Label consensus = new Label();
    private final TableView<PairAgreement> agreement = new TableView<>();
    private final Label message = new Label();
    private boolean updatingList;

    public ComparisonView(AppContext ctx) {
        this(ctx, new ComparisonViewService());
    }

    public ComparisonView(AppContext ctx, ComparisonViewService service) {
        super(ViewId.COMPARISON);
        this.ctx = ctx;
        this.vm = new ComparisonViewModel(ctx, service);
        build();
        bind();
        ctx.battleProperty().addListener((o, a, b) -> vm.battleChanged());
        ctx.selectedModels().addListener((ListChangeListener<String>) c -> vm.reload());
        ctx.rangeProperty().addListener((o, a, b) -> vm.reload());
        follow(new LiveFollow(ctx, vm::refresh, vm::refresh));
        if (ctx.battle() != null) {
            vm.battleChanged();
        }
    }

    private void build() {
        root.setId("comparison-view");
        root.getStylesheets().add(DecisionStyles.STYLESHEET);
        symbolBox.setId("comparison-symbol");
        symbolBox.setItems(vm.symbols());
        windowSpinner.setId("comparison-window");
        windowSpinner.setEditable(true);
        windowSpinner.setPrefWidth(80);
        spanBox.setId("comparison-span");
        spanBox.getItems().setAll(Span.values());
        spanBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Span s) {
                return s == null ? "" : switch (s) {
                    case DAY -> "Last day";
                    case WEEK -> "Last week";
                    case MONTH -> "Last 30 days";
                    case ALL -> "Everything";
                };
            }

            @Override
            public Span fromString(String s) {
                return null;
            }
        });
        spanBox.setOnAction(e -> vm.chooseSpan(spanBox.getValue()));
        for (Node n : List.of(spanBox, spanLabel)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        previous.setId("comparison-prev");
        next.setId("comparison-next");
        previous.setOnAction(e -> vm.previous());
        next.setOnAction(e -> vm.next());
        momentLabel.setId("comparison-moment");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("comparison-progress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.loadingProperty());
        message.setId("comparison-message");
        message.getStyleClass().add("view-message");
        for (Region r : List.of(spanLabel, spanBox, previous, next, momentLabel)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox moments = new HBox(8, previous, momentLabel, next, progress);
        moments.setAlignment(Pos.CENTER_LEFT);
        HBox span = new HBox(6, spanLabel, spanBox);
        span.setAlignment(Pos.CENTER_LEFT);
        // groups wrap to a second line in a narrow window instead of shortening their text
        FlowPane bar = new FlowPane(12, 6, Labelled.of("Symbol", symbolBox), Labelled.of("Window (min)", windowSpinner),
                span, moments, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        root.setTop(bar);

        momentList.setId("comparison-moments");
        momentList.setPrefWidth(290);
        momentList.setCellFactory(l -> new MomentCell());
        momentList.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!updatingList && b.intValue() >= 0) {
                vm.select(b.intValue());
            }
        });
        cards.setId("comparison-cards");
        cards.setPadding(new Insets(8));
        cards.setFillHeight(true);
        ScrollPane cardScroll = new ScrollPane(cards);
        cardScroll.setId("comparison-cards-scroll");
        cardScroll.setFitToHeight(true);

        agreement.setId("comparison-agreement");
        TableFit.install(agreement);
        agreement.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        agreement.getColumns().add(column("Pair", p -> p.model1Id() + " / " + p.model2Id()));
        agreement.getColumns().add(column("Agree %", p -> Fmt.percent(p.agreementPct())));
        agreement.getColumns().add(column("Agree", p -> Integer.toString(p.same())));
        agreement.getColumns().add(column("n", p -> Integer.toString(p.pairs())));
        agreement.setPlaceholder(new Label("No two models decided within the window"));
        consensus.setId("comparison-consensus");
        VBox bottom = new VBox(4, consensus, agreement);
        bottom.setPadding(new Insets(6));
        VBox.setVgrow(agreement, Priority.ALWAYS);

        SplitPane vertical = new SplitPane(cardScroll, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane horizontal = new SplitPane(momentList, vertical);
        horizontal.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(momentList, false);
        root.setCenter(horizontal);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::arrowKeys);
    }

    private void bind() {
        symbolBox.valueProperty().bindBidirectional(vm.symbolProperty());
        windowSpinner.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.windowMinutesProperty().set(b);
            }
        });
        message.textProperty().bind(vm.messageProperty());
        vm.dataProperty().addListener((o, a, d) -> showData(d));
        vm.shownProperty().addListener((o, a, m) -> showMoment(vm.momentProperty().get()));
        showData(vm.dataProperty().get());
        showMoment(vm.momentProperty().get());
    }

    private void showData(ComparisonData d) {
        updatingList = true;
        try {
            momentList.getItems().setAll(d == null ? List.of() : d.moments());
        } finally {
            updatingList = false;
        }
        boolean spanShown = d != null && d.span() != null;
        spanBox.setVisible(spanShown);
        spanLabel.setVisible(spanShown);
        if (spanShown && spanBox.getValue() != d.span()) {
            spanBox.setValue(d.span());
        }
        List<String> models = d == null ? List.of() : d.models();
        if (!models.equals(cards.getChildren().stream().map(n -> ((DecisionCard) n).modelId()).toList())) {
            cardsByModel.clear();
            cards.getChildren().clear();
            for (String m : models) {
                DecisionCard card = new DecisionCard(m, ctx.colors().color(m));
                cardsByModel.put(m, card);
                cards.getChildren().add(card);
            }
        }
        agreement.getItems().setAll(d == null ? List.of() : d.agreement());
        consensus.setText(d == null ? "" : consensusText(d.consensus(), d.moments().size()));
    }

    private void showMoment(Moment m) {
        ComparisonData d = vm.dataProperty().get();
        int i = vm.indexProperty().get();
        int count = d == null ? 0 : d.moments().size();
        previous.setDisable(i <= 0);
        next.setDisable(i < 0 || i >= count - 1);
        if (m == null || d == null) {
            momentLabel.setText(d == null || vm.symbolProperty().get() == null ? "No symbol"
                    : "No decisions on " + d.symbol() + " in this range");
            cardsByModel.values().forEach(c -> c.show(null, null, d == null ? 0 : d.windowMinutes()));
            return;
        }
        momentLabel.setText((i + 1) + " / " + count + "  ·  " + Cells.time(m.time()) + "  ·  " + verdict(m));
        momentLabel.setTooltip(new javafx.scene.control.Tooltip(m.time().text()));
        for (DecisionCard card : cardsByModel.values()) {
            card.show(m.byModel().get(card.modelId()), m.time(), d.windowMinutes());
        }
        updatingList = true;
        try {
            momentList.getSelectionModel().select(i);
            momentList.scrollTo(Math.max(0, i - 3));
        } finally {
            updatingList = false;
        }
    }

    private void arrowKeys(KeyEvent e) {
        boolean arrow = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT;
        // arrows keep moving the caret in text fields and the reasoning
        if (!arrow || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT) {
            vm.previous();
        } else {
            vm.next();
        }
        e.consume();
    }

    static String verdict(Moment m) {
        return m.consensus() ? "consensus" : m.dissent() ? "dissent" : "one model";
    }

    private static String consensusText(Agreement.MomentConsensus c, int moments) {
        return moments + " moments · " + c.contested() + " with two or more models: " + c.consensus()
                + " consensus, " + c.dissent() + " dissent"
                + (c.consensusPct() == null ? "" : " (" + Fmt.percent(c.consensusPct()) + " consensus)");
    }

    private static TableColumn<PairAgreement, String> column(String title, Function<PairAgreement, String> f) {
        TableColumn<PairAgreement, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private static final class MomentCell extends ListCell<Moment> {
        @Override
        protected void updateItem(Moment m, boolean empty) {
            super.updateItem(m, empty);
            getStyleClass().removeAll("moment-consensus", "moment-dissent");
            if (empty || m == null) {
                setText(null);
                return;
            }
            String mark = m.consensus() ? "✓" : m.dissent() ? "≠" : "·";
            setText(m.time().text().substring(0, Math.min(19, m.time().text().length())) + "  " + mark + " "
                    + verdict(m) + " (" + m.byModel().size() + ")");
            if (m.consensus()) {
                getStyleClass().add("moment-consensus");
            } else if (m.dissent()) {
                getStyleClass().add("moment-dissent");
            }
        }
    }

    /** Opens the moment of {@code symbol} at {@code time} (see {@link ComparisonViewModel#showAt}). */
    public void showAt(String symbol, com.battlescope.model.Stamp time) {
        vm.showAt(symbol, time);
    }

    public ComparisonViewModel viewModel() {
        return vm;
    }



    @Override
    public void refresh() {
        vm.refresh();
    }


    /** The comparison pairs of the symbol and range shown (the rows of {@code compare --format csv}). */
    @Override
    public ViewQuery exportQuery(ViewQuery shared) {
        return shared.withSymbol(vm.symbolProperty().get());
    }

    @Override
    public DataTable tableData() {
        ComparisonData d = vm.dataProperty().get();
        return ComparisonViewService.table(d == null ? List.of() : d.pairs());
    }
}
