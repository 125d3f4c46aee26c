package com.battlescope.ui.views;

import com.battlescope.model.Decision;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import org.testfx.api.FxRobot;

/** Robot steps and fixture edits shared by the decision view tests. */
final class ViewRobot {
    private ViewRobot() {
    }

    /** Opens a combo box and clicks the entry showing {@code item}. */
    static void choose(FxRobot robot, String comboQuery, String item) {
        robot.clickOn(comboQuery);
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> item.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + item + " in " + comboQuery));
        robot.clickOn(cell);
    }

    static String text(FxRobot robot, Node parent, String query) {
        return robot.from(parent).lookup(query).queryAs(Labeled.class).getText();
    }

    /** Writes a decision into a fixture copy behind the open battle's back, as the engine would. */
    static void insert(Path folder, Decision d) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("decisions.db"));
             PreparedStatement ps = c.prepareStatement("INSERT INTO decision_log (model_id, symbol, decision, "
                     + "reasoning, confidence, timestamp, current_price, executed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.modelId());
            ps.setString(2, d.symbol());
            ps.setString(3, d.decision());
            ps.setString(4, d.reasoning());
            ps.setObject(5, d.confidence());
            ps.setString(6, d.timestamp().text());
            ps.setObject(7, d.currentPrice());
            ps.setInt(8, d.executed() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    static void sql(Path db, String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
