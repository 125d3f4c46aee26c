package com.battlescope.ui.views;

import com.battlescope.ui.widgets.DecisionCard;
import com.battlescope.ui.widgets.ReasoningArea;
import com.battlescope.ui.widgets.DecisionStyles;
import com.battlescope.ui.widgets.Fmt;
import com.battlescope.ui.widgets.TimeColumn;
import com.battlescope.model.Stamp;
import com.battlescope.ui.widgets.TableFit;
import com.battlescope.service.view.Cells;
import com.battlescope.model.DataTable;
import com.battlescope.model.Decision;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.service.view.DecisionPage;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AppContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;

/** The decision log: filters, a page of 100 decisions (keyset paging), and the selected row's full reasoning. */
public final class DecisionsView extends Page {
    /** The "no filter" entry of the filter boxes. */
    static final String ALL = "";
    private static final int FIRST_LINE = 200;

    private final AppContext ctx;
    private final DecisionsViewModel vm;
    private final DecisionLogService service;
    private final BorderPane root = root(new BorderPane());
    private final ComboBox<String> modelBox = filterBox("decisions-model", "All models");
    private final ComboBox<String> symbolBox = filterBox("decisions-symbol", "All symbols");
    private final ComboBox<String> decisionBox = filterBox("decisions-decision", "All decisions");
    private final ComboBox<String> executedBox = filterBox("decisions-executed", "Executed or not");
    private final TextField search = new TextField();
    private final TableView<Decision> table = new TableView<>();
    private final Button previous = new Button("◀ Newer");
    private final Button next = new Button("Older ▶");
    private final Label rows = new Label();
    private final Label detailTitle = new Label();
    private final ReasoningArea reasoning = new ReasoningArea();
    private final Label message = new Label();

    public DecisionsView(AppContext ctx, DecisionLogService service) {
        super(ViewId.DECISIONS);
        this.ctx = ctx;
        this.service = service;
        this.vm = new DecisionsViewModel(ctx, service);
        build();
        bind();
        ctx.battleProperty().addListener((o, a, b) -> vm.battleChanged());
        ctx.selectedModels().addListener((ListChangeListener<String>) c -> modelsChanged());
        ctx.allModels().addListener((ListChangeListener<String>) c -> modelsChanged());
        ctx.rangeProperty().addListener((o, a, b) -> vm.reload());
        follow(new LiveFollow(ctx, vm::refresh, vm::refresh));
        modelItems();
        if (ctx.battle() != null) {
            vm.battleChanged();
        }
    }

    private void build() {
        root.setId("decisions-view");
        root.getStylesheets().add(DecisionStyles.STYLESHEET);
        decisionBox.getItems().setAll(ALL, "buy", "sell", "hold", "close");
        executedBox.getItems().setAll(ALL, "executed", "not executed");
        symbolBox.getItems().setAll(ALL);
        for (ComboBox<String> box : List.of(modelBox, symbolBox, decisionBox, executedBox)) {
            box.setValue(ALL);
        }
        search.setId("decisions-search");
        search.setPromptText("Search reasoning (Enter)");
        search.setPrefColumnCount(22);
        search.setOnAction(e -> vm.textProperty().set(search.getText()));
        Button go = new Button("Search");
        go.setId("decisions-search-go");
        go.setOnAction(e -> vm.textProperty().set(search.getText()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("decisions-progress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.loadingProperty());
        message.setId("decisions-message");
        message.getStyleClass().add("view-message");
        HBox filters = new HBox(8, modelBox, symbolBox, decisionBox, executedBox, search, go, progress, message);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(6));
        root.setTop(filters);

        table.setId("decisions-table");
        TableFit.install(table);
        Loader.placeholder(table, ctx.battleProperty(), vm.loadingProperty(),
                "Open a battle folder to see its decisions", "No decisions match");
        TableColumn<Decision, Stamp> time = TimeColumn.of("Time", Decision::timestamp, Cells.NONE);
        time.setId("decisions-time");
        time.setPrefWidth(170);
        table.getColumns().add(time);
        table.getColumns().add(modelColumn());
        table.getColumns().add(column("Symbol", 70, Decision::symbol));
        table.getColumns().add(decisionColumn());
        table.getColumns().add(column("Confidence", 95, d -> Fmt.number(d.confidence())));
        table.getColumns().add(column("Price", 85, d -> Fmt.money(d.currentPrice())));
        table.getColumns().add(column("Executed", 80, d -> d.executed() ? "yes" : "no"));
        table.getColumns().add(column("Status", 80, d -> d.executionStatus() == null ? "" : d.executionStatus()));
        table.getColumns().add(column("Reasoning", 520, d -> firstLine(d.reasoning())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> showDetail(d));

        previous.setId("decisions-prev");
        next.setId("decisions-next");
        previous.setOnAction(e -> vm.previous());
        next.setOnAction(e -> vm.next());
        rows.setId("decisions-rows");
        HBox pager = new HBox(8, previous, rows, next);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.setPadding(new Insets(4, 6, 4, 6));
        VBox top = new VBox(table, pager);
        VBox.setVgrow(table, Priority.ALWAYS);

        detailTitle.setId("decisions-detail-title");
        detailTitle.getStyleClass().add("card-model");
        reasoning.setId("decisions-reasoning");
        VBox detail = new VBox(6, detailTitle, reasoning);
        detail.setPadding(new Insets(6));
        VBox.setVgrow(reasoning, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        root.setCenter(split);
        showDetail(null);
    }

    private void bind() {
        link(modelBox, vm.modelProperty());
        link(symbolBox, vm.symbolProperty());
        link(decisionBox, vm.decisionProperty());
        executedBox.valueProperty().addListener((o, a, b) ->
                vm.executedProperty().set(b == null || b.equals(ALL) ? null : b.equals("executed")));
        vm.symbols().addListener((ListChangeListener<String>) c -> {
            String keep = symbolBox.getValue();
            List<String> items = new ArrayList<>(List.of(ALL));
            items.addAll(vm.symbols());
            symbolBox.getItems().setAll(items);
            symbolBox.setValue(items.contains(keep) ? keep : ALL);
        });
        message.textProperty().bind(vm.messageProperty());
        vm.pageProperty().addListener((o, a, p) -> showPage(p));
        showPage(vm.pageProperty().get());
    }

    private void modelsChanged() {
        modelItems();
        vm.reload();
    }

    /** The model filter offers the models picked in the context (all when none are). */
    private void modelItems() {
        List<String> models = ViewQueries.models(ctx).isEmpty() ? List.copyOf(ctx.allModels())
                : ViewQueries.models(ctx);
        String keep = modelBox.getValue();
        List<String> items = new ArrayList<>(List.of(ALL));
        items.addAll(models);
        modelBox.getItems().setAll(items);
        modelBox.setValue(items.contains(keep) ? keep : ALL);
    }

    private void showPage(DecisionPage p) {
        Long selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().id();
        table.getItems().setAll(p == null ? List.of() : p.rows());
        previous.setDisable(p == null || !p.hasPrevious());
        next.setDisable(p == null || !p.hasNext());
        if (p == null || p.rows().isEmpty()) {
            rows.setText(p == null ? "" : "No rows");
        } else {
            rows.setText("Page " + p.number() + " · rows " + p.firstRow() + "–" + p.lastRow()
                    + (p.hasNext() ? "" : " (last page)"));
        }
        int keep = selected == null ? -1 : indexOf(table.getItems(), selected);
        if (keep >= 0) {
            table.getSelectionModel().select(keep);
        } else {
            table.getSelectionModel().clearSelection();
            showDetail(null);
        }
    }

    private void showDetail(Decision d) {
        if (d == null) {
            detailTitle.setText("Select a decision to read its reasoning");
            reasoning.setText("");
            return;
        }
        detailTitle.setText(d.modelId() + " · " + d.symbol() + " · " + d.decision() + " · " + d.timestamp().text()
                + " · " + DecisionCard.execution(d));
        reasoning.setText(d.reasoning());
    }

    private static int indexOf(List<Decision> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() != null && rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), FIRST_LINE);
        int nl = text.indexOf('\n');
        if (nl >= 0 && nl < end) {
            end = nl;
        }
        return end < text.length() ? text.substring(0, end) + " …" : text;
    }

    private static void link(ComboBox<String> box, ObjectProperty<String> filter) {
        box.valueProperty().addListener((o, a, b) -> filter.set(b == null || b.equals(ALL) ? null : b));
    }

    private static ComboBox<String> filterBox(String id, String allText) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.equals(ALL) ? allText : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return box;
    }

    private static TableColumn<Decision, String> column(String title, double width, Function<Decision, String> f) {
        TableColumn<Decision, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private TableColumn<Decision, String> modelColumn() {
        TableColumn<Decision, String> c = column("Model", 150, Decision::modelId);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String model, boolean empty) {
                super.updateItem(model, empty);
                setText(empty ? null : model);
                setGraphic(empty || model == null ? null : new Circle(5, ctx.colors().color(model)));
            }
        });
        return c;
    }

    private static TableColumn<Decision, String> decisionColumn() {
        TableColumn<Decision, String> c = column("Decision", 80, Decision::decision);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = DecisionStyles.badge(null);

            {
                badge.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String decision, boolean empty) {
                super.updateItem(decision, empty);
                setText(null);
                if (empty || decision == null) {
                    setGraphic(null);
                } else {
                    DecisionStyles.show(badge, decision);
                    setGraphic(badge);
                }
            }
        });
        return c;
    }

    public DecisionsViewModel viewModel() {
        return vm;
    }



    @Override
    public void refresh() {
        vm.refresh();
    }


    /** The page shown, with every column and the reasoning in full. */
    @Override
    public DataTable tableData() {
        DecisionPage p = vm.pageProperty().get();
        return p == null ? new DataTable("decisions", DecisionLogService.COLUMNS, List.of()) : service.table(p);
    }
}
