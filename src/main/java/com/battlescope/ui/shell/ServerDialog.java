package com.battlescope.ui.shell;

import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.service.ServerSpec;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.Jobs;
import com.battlescope.service.MigrateService;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * File › Open database server…: host, port, database, user and TLS mode; Connect lists the database's battle
 * schemas (in the background) to pick one from; Open hands the {@link ServerSpec} back. Recent servers fill the
 * fields. No password field: PGPASSWORD, ~/.pgpass or a prompt when the server asks give it.
 *
 * <p>File › Copy battle to server… is the same dialog with the folder to copy, a schema that may be new (typed, or
 * an existing one picked to update) and "only new rows" ({@code migrate --incremental}).
 */
final class ServerDialog extends Dialog<ServerSpec> {
    static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.OK_DONE);
    private final TextField host = field("server-host", "localhost", 18);
    private final TextField port = field("server-port", Integer.toString(ServerSpec.DEFAULT_PORT), 6);
    private final TextField database = field("server-database", "", 18);
    private final TextField user = field("server-user", System.getProperty("user.name", ""), 18);
    private final ChoiceBox<String> tls = new ChoiceBox<>();
    private final ComboBox<String> schema = new ComboBox<>();
    private final Label error = new Label();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final Jobs jobs;
    private final BattleService battles;
    private final PasswordPrompt prompt;
    private final TextField folder = field("copy-folder", "", 30);
    private final CheckBox incremental = new CheckBox("Only rows newer than the server's (incremental)");

    ServerDialog(Window owner, Jobs jobs, BattleService battles, PasswordPrompt prompt, List<ServerSpec> recent) {
        this(owner, jobs, battles, prompt, recent, null);
    }

    /** @param copyFrom the folder to copy (Copy battle to server…); null for Open database server… */
    ServerDialog(Window owner, Jobs jobs, BattleService battles, PasswordPrompt prompt, List<ServerSpec> recent,
                 Path copyFrom) {
        boolean copy = copyFrom != null;
        this.jobs = jobs;
        this.battles = battles;
        this.prompt = prompt;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(copy ? "Copy battle to server" : "Open database server");
        setHeaderText(copy ? "Copy a battle folder into a schema of a PostgreSQL server (migrate)"
                : "Open a battle kept on a PostgreSQL server (one schema per battle)");
        getDialogPane().setId("server-dialog");
        tls.setId("server-tls");
        tls.getItems().setAll(ServerSpec.SSL_MODES);
        tls.setValue("prefer");
        schema.setId("server-schema");
        schema.setPromptText(copy ? "a new schema, or Connect to pick one to update" : "Connect to list the battle schemas");
        schema.setEditable(copy);
        schema.setMaxWidth(Double.MAX_VALUE);
        error.setId("server-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.setStyle("-fx-text-fill: #b91c1c;");
        Button connect = new Button("Connect");
        connect.setId("server-connect");
        connect.setDefaultButton(false);
        connect.disableProperty().bind(busy);
        connect.setOnAction(e -> listSchemas());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        if (copy) {
            folder.setText(copyFrom.toString());
            Button choose = new Button("Choose…");
            choose.setMinWidth(Region.USE_PREF_SIZE);
            choose.setOnAction(e -> {
                java.io.File dir = new DirectoryChooser().showDialog(getDialogPane().getScene().getWindow());
                if (dir != null) {
                    folder.setText(dir.getAbsolutePath());
                }
            });
            HBox folderRow = new HBox(6, folder, choose);
            HBox.setHgrow(folder, Priority.ALWAYS);
            grid.addRow(row++, label("Folder"), folderRow);
            GridPane.setColumnSpan(folderRow, 3);
            incremental.setId("copy-incremental");
            incremental.setMinWidth(Region.USE_PREF_SIZE);
            incremental.setTooltip(new javafx.scene.control.Tooltip("Copies only the rows whose id is above the "
                    + "server's: run it every few minutes to replicate a battle beside a running engine"));
        }
        if (!recent.isEmpty()) {
            ComboBox<ServerSpec> recentBox = new ComboBox<>();
            recentBox.setId("server-recent");
            recentBox.getItems().setAll(recent);
            recentBox.setPromptText("Recent servers");
            recentBox.setMaxWidth(Double.MAX_VALUE);
            recentBox.valueProperty().addListener((o, was, now) -> fill(now));
            recentBox.setValue(recent.get(0));
            grid.addRow(row++, label("Recent"), recentBox);
            GridPane.setColumnSpan(recentBox, 3);
        }
        grid.addRow(row++, label("Host"), host, label("Port"), port);
        grid.addRow(row++, label("Database"), database, label("TLS mode"), tls);
        HBox schemaRow = new HBox(6, schema, connect);
        HBox.setHgrow(schema, Priority.ALWAYS);
        grid.addRow(row++, label("User"), user);
        grid.addRow(row++, label("Schema"), schemaRow);
        GridPane.setColumnSpan(schemaRow, 3);
        if (copy) {
            grid.add(incremental, 1, row++, 3, 1);
        }
        Label note = new Label("Password: from PGPASSWORD or ~/.pgpass, else asked when the server wants one; "
                + "never written to disk.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.setStyle("-fx-opacity: 0.75;");
        grid.add(note, 0, row++, 4, 1);
        grid.add(error, 0, row, 4, 1);
        getDialogPane().setContent(grid);
        ButtonType ok = copy ? COPY : OPEN;
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(busy.or(copy
                ? Bindings.createBooleanBinding(() -> schemaText().isEmpty() || folder.getText().isBlank(),
                        schema.getEditor().textProperty(), schema.valueProperty(), folder.textProperty())
                : Bindings.isNull(schema.valueProperty())));
        // the server fields changed: the schemas listed were another database's
        for (TextField f : List.of(host, port, database, user)) {
            f.textProperty().addListener((o, was, now) -> schema.getItems().clear());
        }
        setResultConverter(b -> b == ok ? spec().withSchema(schemaText()) : null);
        if (copy) {
            // a copy goes to a schema named after the folder, not to the last battle opened
            schema.setValue(MigrateService.schemaFor(copyFrom));
        }
    }

    /** The schema picked or typed. */
    private String schemaText() {
        String typed = schema.isEditable() ? schema.getEditor().getText() : null;
        String v = typed != null && !typed.isBlank() ? typed : schema.getValue();
        return v == null ? "" : v.strip();
    }

    /** Copy battle to server…: the folder to copy. */
    Path copyFolder() {
        return Path.of(folder.getText().strip());
    }

    /** Copy battle to server…: only the rows newer than the server's. */
    boolean incremental() {
        return incremental.isSelected();
    }

    /** The fields as a server (no schema); throws naming the wrong field. */
    ServerSpec spec() {
        int p;
        try {
            p = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + port.getText().strip() + "': a number (PostgreSQL's is 5432)");
        }
        return new ServerSpec(host.getText(), p, database.getText(), user.getText(), tls.getValue(), null);
    }

    /** Connects in the background and lists the battle schemas; a failure is one line under the fields. */
    void listSchemas() {
        ServerSpec server;
        try {
            server = spec();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        busy.set(true);
        error.setText("Connecting to " + server.label() + "…");
        String keep = schema.getValue();
        jobs.run("Listing the battle schemas of " + server.label(), () -> battles.battleSchemas(server, prompt),
                names -> {
                    busy.set(false);
                    schema.getItems().setAll(names);
                    schema.setValue(names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
                    error.setText(names.isEmpty() ? server.label() + ": no battle schema (no schema with an "
                            + "hourly_snapshots table) in this database" : "");
                }, e -> {
                    busy.set(false);
                    schema.getItems().clear();
                    error.setText(UserMessages.of(e));
                });
    }

    private void fill(ServerSpec s) {
        if (s == null) {
            return;
        }
        host.setText(s.host());
        port.setText(Integer.toString(s.port()));
        database.setText(s.database());
        user.setText(s.user() == null ? "" : s.user());
        tls.setValue(s.sslMode());
        if (s.schema() != null) {
            schema.getItems().setAll(s.schema());
            schema.setValue(s.schema());
        }
    }

    /** A field's name, never cut short. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, String text, int columns) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }
}
