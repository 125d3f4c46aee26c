package com.battlescope.ui.widgets;

import com.battlescope.model.DecisionType;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;

/** The decision badge (buy green, sell red, hold grey, close blue) shared by the comparison cards and the log. */
public final class DecisionStyles {
    public static final String STYLESHEET = DecisionStyles.class.getResource("decisions.css").toExternalForm();
    private static final List<String> KINDS = List.of("decision-buy", "decision-sell", "decision-hold",
            "decision-close", "decision-unknown");

    private DecisionStyles() {
    }

    public static Label badge(String decision) {
        Label badge = new Label();
        badge.getStyleClass().add("decision-badge");
        show(badge, decision);
        return badge;
    }

    public static void show(Label badge, String decision) {
        badge.getStyleClass().removeAll(KINDS);
        if (decision == null) {
            badge.setText("");
            return;
        }
        badge.setText(decision.toUpperCase(Locale.ROOT));
        badge.getStyleClass().add(styleClass(decision));
    }

    public static String styleClass(String decision) {
        return "decision-" + DecisionType.fromText(decision).text();
    }
}
