package com.battlescope.ui.shell;

import com.battlescope.model.Stamp;
import com.battlescope.service.TimeRange;
import com.battlescope.ui.AppContext;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Time-range presets (1D, 1W, 1M, 3M, All) counted back from the battle's newest snapshot, not from today:
 * a replayed battle from last year still shows its last week. Custom: two date pickers, inclusive days.
 */
public final class RangePicker extends HBox {
    public enum Preset {
        DAY("1D", 1), WEEK("1W", 7), MONTH("1M", 30), QUARTER("3M", 91), ALL("All", 0);

        final String label;
        final int days;

        Preset(String label, int days) {
            this.label = label;
            this.days = days;
        }
    }

    private final AppContext ctx;
    private final Supplier<Stamp> latest;
    private final ToggleGroup group = new ToggleGroup();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public RangePicker(AppContext ctx, Supplier<Stamp> latest) {
        this.ctx = ctx;
        this.latest = latest;
        setId("range-picker");
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().add(new Label("Range"));
        for (Preset p : Preset.values()) {
            ToggleButton b = new ToggleButton(p.label);
            b.setId("range-" + p.label.toLowerCase());
            b.setToggleGroup(group);
            b.setUserData(p);
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                apply(p);
            });
            getChildren().add(b);
        }
        from.setId("range-from");
        to.setId("range-to");
        from.setPromptText("from");
        to.setPromptText("to");
        from.setPrefWidth(125);
        to.setPrefWidth(125);
        Button custom = new Button("Apply");
        custom.setId("range-apply");
        custom.setOnAction(e -> applyCustom());
        getChildren().addAll(from, to, custom);
        select(Preset.ALL);
    }

    /** Selects a preset without changing the range (used when a battle opens: All). */
    public void select(Preset preset) {
        group.getToggles().stream().filter(t -> t.getUserData() == preset).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    public void apply(Preset preset) {
        select(preset);
        from.setValue(null);
        to.setValue(null);
        ctx.setRange(preset == Preset.ALL ? TimeRange.ALL : TimeRange.lastDays(latest.get(), preset.days));
    }

    private void applyCustom() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (f == null && t == null) {
            apply(Preset.ALL);
            return;
        }
        group.selectToggle(null);
        ctx.setRange(new TimeRange(f == null ? null : Stamp.of(f.atStartOfDay()),
                t == null ? null : Stamp.of(t.atTime(23, 59, 59, 999_999_000))));
    }
}
