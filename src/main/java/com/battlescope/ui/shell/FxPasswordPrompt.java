package com.battlescope.ui.shell;

import com.battlescope.service.PasswordPrompt;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The GUI's password prompt for a server that wants one PGPASSWORD and ~/.pgpass did not give: a modal dialog on
 * the FX thread while the opening job (a background thread) waits for it. What was typed is kept in memory for
 * this run only (reloads and re-opens of the same server and user do not ask again) — never written anywhere —
 * and {@link #forget forgotten} when the server refused it.
 */
final class FxPasswordPrompt implements PasswordPrompt {
    private final Supplier<Window> owner;
    private final Map<String, char[]> typed = new ConcurrentHashMap<>();

    FxPasswordPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public char[] password(String server, String user) {
        String key = user + "@" + server.replaceAll("[?&]currentSchema=[^&]*", "");
        char[] known = typed.get(key);
        if (known != null) {
            return known.clone();
        }
        char[] answer = Platform.isFxApplicationThread() ? ask(server, user) : askAndWait(server, user);
        if (answer != null) {
            typed.put(key, answer.clone());
        }
        return answer;
    }

    /** Drops what was typed (the server refused it, or the user opened another server). */
    void forget() {
        typed.values().forEach(p -> java.util.Arrays.fill(p, '\0'));
        typed.clear();
    }

    private char[] askAndWait(String server, String user) {
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(server, user));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the password dialog failed: " + e.getCause().getMessage(), e);
        }
    }

    private char[] ask(String server, String user) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.setTitle("Server password");
        dialog.setHeaderText("Password of " + user + " on " + server.replaceFirst("^jdbc:", ""));
        dialog.getDialogPane().setId("server-password-dialog");
        PasswordField field = new PasswordField();
        field.setId("server-password");
        Label note = new Label("Kept in memory while BattleScope runs, never written to disk. "
                + "PGPASSWORD or ~/.pgpass spare you this prompt.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        VBox box = new VBox(8, field, note);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        return dialog.showAndWait().orElse(null);
    }
}
