package com.battlescope.ui.widgets;

import com.battlescope.analytics.JulianDay;
import com.battlescope.model.Decision;
import com.battlescope.service.view.Cells;
import com.battlescope.model.Stamp;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** One model's column in the comparison: its decision at the moment, or a note that it made none. */
public final class DecisionCard extends VBox {
    private final String modelId;
    private final Label badge = DecisionStyles.badge(null);
    private final Label time = caption();
    private final Label offset = caption();
    private final ProgressBar confidenceBar = new ProgressBar(0);
    private final Label confidence = new Label();
    private final GridPane prices = new GridPane();
    private final Label execution = new Label();
    private final Label empty = new Label();
    private final ReasoningArea reasoning = new ReasoningArea();
    private final VBox body;

    public DecisionCard(String modelId, Color color) {
        this.modelId = modelId;
        getStyleClass().add("comparison-card");
        setUserData(modelId);
        setStyle(String.format(Locale.ROOT, "-fx-border-color: %s #c0c0c0 #c0c0c0 #c0c0c0; "
                + "-fx-border-width: 4 1 1 1;", web(color)));
        setMinWidth(230);
        setPrefWidth(260);
        Label name = new Label(modelId);
        name.getStyleClass().add("card-model");
        HBox header = new HBox(6, new Rectangle(12, 12, color), name);
        header.setAlignment(Pos.CENTER_LEFT);
        confidenceBar.getStyleClass().add("card-confidence-bar");
        confidence.getStyleClass().add("card-confidence");
        HBox conf = new HBox(6, confidenceBar, confidence);
        conf.setAlignment(Pos.CENTER_LEFT);
        prices.getStyleClass().add("card-prices");
        prices.setHgap(8);
        prices.setVgap(2);
        execution.getStyleClass().add("card-execution");
        execution.setWrapText(true);
        empty.getStyleClass().add("card-empty");
        empty.setWrapText(true);
        empty.managedProperty().bind(empty.visibleProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox decisionRow = new HBox(8, badge, offset);
        decisionRow.setAlignment(Pos.CENTER_LEFT);
        reasoning.getStyleClass().add("card-reasoning");
        VBox.setVgrow(reasoning, Priority.ALWAYS);
        body = new VBox(6, decisionRow, time, conf, prices, execution, reasoning);
        body.managedProperty().bind(body.visibleProperty());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, empty, body);
    }

    public String modelId() {
        return modelId;
    }

    /** Shows a decision, or (null) that the model made none within the window around the moment. */
    public void show(Decision d, Stamp moment, double windowMinutes) {
        boolean has = d != null;
        empty.setVisible(!has);
        body.setVisible(has);
        if (!has) {
            empty.setText("No decision within ±" + Fmt.number(windowMinutes) + " min");
            reasoning.setText("");
            return;
        }
        DecisionStyles.show(badge, d.decision());
        double minutes = (JulianDay.of(d.timestamp()) - JulianDay.of(moment)) * 24 * 60;
        offset.setText((minutes >= 0 ? "+" : "") + Fmt.fixed(minutes, 1) + " min");
        time.setText(Cells.time(d.timestamp()));
        time.setTooltip(new Tooltip(d.timestamp().text()));
        confidenceBar.setProgress(d.confidence() == null ? 0 : Math.max(0, Math.min(1, d.confidence() / 100)));
        confidence.setText(d.confidence() == null ? "no confidence" : Fmt.number(d.confidence()) + " %");
        prices.getChildren().clear();
        row(0, "Price", Fmt.money(d.currentPrice()));
        row(1, "Position size", Fmt.number(d.positionSize()));
        row(2, "Entry", Fmt.money(d.entryPrice()));
        row(3, "Stop loss", Fmt.money(d.stopLoss()));
        row(4, "Take profit", Fmt.money(d.takeProfit()));
        row(5, "Direction", Cells.text(d.direction()));
        execution.setText(execution(d));
        reasoning.setText(d.reasoning());
    }

    public ReasoningArea reasoning() {
        return reasoning;
    }

    private void row(int r, String name, String value) {
        Label n = caption();
        n.setText(name);
        Label v = new Label(value);
        v.getStyleClass().add("card-value");
        prices.addRow(r, n, v);
    }

    public static String execution(Decision d) {
        if (!d.executed()) {
            return "Not executed" + (d.executionStatus() == null ? "" : " (" + d.executionStatus() + ")");
        }
        StringBuilder s = new StringBuilder("Executed");
        if (d.executionStatus() != null) {
            s.append(": ").append(d.executionStatus());
        }
        if (d.executionPrice() != null) {
            s.append(" at ").append(Fmt.money(d.executionPrice()));
        }
        if (d.executionTime() != null) {
            s.append(", ").append(Cells.time(d.executionTime()));
        }
        return s.toString();
    }

    private static Label caption() {
        Label l = new Label();
        l.getStyleClass().add("card-caption");
        return l;
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
