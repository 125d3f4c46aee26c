package com.battlescope.ui.maintenance;

import com.battlescope.service.UserMessages;
import com.battlescope.service.maintenance.MaintenancePlan;
import com.battlescope.service.maintenance.MaintenanceResult;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The confirmation, result and error dialogs of the Maintenance menu. Shown without blocking the caller. */
final class Dialogs {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private Dialogs() {
    }

    /** "Apply" or "Cancel", saying exactly what the action will change. */
    static Alert confirm(Window owner, MaintenancePlan plan) {
        Alert a = alert(owner, Alert.AlertType.CONFIRMATION, plan.action().title(), plan.summary(),
                PlanText.of(plan), "maintenance-confirm", "maintenance-plan-text");
        a.getButtonTypes().setAll(APPLY, ButtonType.CANCEL);
        return a;
    }

    static Alert result(Window owner, MaintenanceResult r) {
        Alert.AlertType type = r.status() == MaintenanceResult.Status.DONE && r.warnings().isEmpty()
                ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING;
        String header = switch (r.status()) {
            case DONE -> r.action().title() + ": done";
            case CANCELLED -> r.action().title() + ": cancelled, nothing was changed";
            case FAILED -> r.action().title() + ": failed, nothing was changed";
        };
        return alert(owner, type, r.action().title(), header, PlanText.of(r), "maintenance-result",
                "maintenance-result-text");
    }

    static Alert error(Window owner, String title, Exception e) {
        return alert(owner, Alert.AlertType.ERROR, title, title + " failed; nothing was changed",
                UserMessages.of(e), "maintenance-error", "maintenance-error-text");
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String header, String text,
                               String paneId, String textId) {
        Alert a = new Alert(type);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setId(textId);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(80);
        area.setPrefRowCount(Math.min(24, Math.max(6, (int) text.lines().count() + 1)));
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId(paneId);
        a.setResizable(true);
        return a;
    }
}
