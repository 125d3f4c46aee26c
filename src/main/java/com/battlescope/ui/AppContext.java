package com.battlescope.ui;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.live.LiveUpdate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State shared by all views: the open battle, the models picked, the time range, colours and the job runner.
 * Read-only from outside: views listen, and the shell changes it through the command methods ({@link #open},
 * {@link #replaceBattle}, {@link #pickModels}, {@link #setRange}, {@link #publishLive}).
 */
public final class AppContext {
    private final ReadOnlyObjectWrapper<Battle> battle = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> allModels = FXCollections.observableArrayList();
    private final ObservableList<String> selectedModels = FXCollections.observableArrayList();
    private final ObservableList<String> allModelsView = FXCollections.unmodifiableObservableList(allModels);
    private final ObservableList<String> selectedModelsView = FXCollections.unmodifiableObservableList(selectedModels);
    private final ReadOnlyObjectWrapper<TimeRange> range = new ReadOnlyObjectWrapper<>(TimeRange.ALL);
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper(0);
    private LiveUpdate liveUpdate;
    private final ModelColors colors = new ModelColors();
    private final Jobs jobs;
    private Consumer<String> viewOpener = id -> { };

    public AppContext(Jobs jobs) {
        this.jobs = jobs;
    }

    /** The main window's way to bring a view's tab to the front (by view id). */
    public void setViewOpener(Consumer<String> opener) {
        viewOpener = opener;
    }

    /** Brings the tab of the view with this id to the front. */
    public void openView(String viewId) {
        viewOpener.accept(viewId);
    }

    public ReadOnlyObjectProperty<Battle> battleProperty() {
        return battle.getReadOnlyProperty();
    }

    public Battle battle() {
        return battle.get();
    }

    /** Every model of the open battle, sorted (unmodifiable). */
    public ObservableList<String> allModels() {
        return allModelsView;
    }

    /** The models the user picked; views show only these (unmodifiable: see {@link #pickModels}). */
    public ObservableList<String> selectedModels() {
        return selectedModelsView;
    }

    public ReadOnlyObjectProperty<TimeRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public TimeRange range() {
        return range.get();
    }

    /**
     * Goes up when live mode sees new rows in the open battle. Views listen and reload in place, keeping the
     * user's zoom, selection and scroll position (a change of battle, models or range is a full reload instead).
     */
    public ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /**
     * Shows {@code opened} with its {@code models}, of which {@code picked} are picked, over {@code range}: the
     * lists and the range change first, then the battle, so a view reloads once with all of it. The battle open
     * before is closed.
     */
    public void open(Battle opened, List<String> models, List<String> picked, TimeRange range) {
        colors.assign(models);
        allModels.setAll(models);
        selectedModels.setAll(picked);
        this.range.set(range);
        replaceBattle(opened);
    }

    /**
     * Swaps the open battle (e.g. the same folder opened again after maintenance) keeping models and range; the
     * one open before is closed once no view shows it. Null: nothing open.
     */
    public void replaceBattle(Battle next) {
        Battle old = battle.get();
        battle.set(next);
        if (old != null && old != next) {
            old.close();
        }
    }

    /** Lists {@code models} (the pick stays as it is), without a battle change. */
    public void listModels(List<String> models) {
        allModels.setAll(models);
    }

    /** Picks these models (in this order); none picked shows every model. */
    public void pickModels(Collection<String> models) {
        selectedModels.setAll(models);
    }

    /** Picks {@code model} or leaves it out; the pick stays in the battle's model order (stable legends, tables). */
    public void pickModel(String model, boolean on) {
        if (on && !selectedModels.contains(model)) {
            selectedModels.setAll(allModels.stream().filter(m -> m.equals(model) || selectedModels.contains(m)).toList());
        } else if (!on) {
            selectedModels.remove(model);
        }
    }

    /** Picks every model of the battle. */
    public void pickAllModels() {
        selectedModels.setAll(allModels);
    }

    public void setRange(TimeRange newRange) {
        range.set(newRange);
    }

    /** New rows whose details are unknown (e.g. written by another program): views reload in place. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    /**
     * Live mode found {@code update}'s rows: remembers them, then raises the data version. Views that follow every
     * version may append these rows instead of reloading ({@link #liveUpdate()}).
     */
    public void publishLive(LiveUpdate update) {
        addNewModels(update);
        liveUpdate = update;
        dataVersion.set(dataVersion.get() + 1);
        liveUpdate = null;
    }

    /**
     * Models whose first snapshot just arrived join the model list (they get the next free colour); when every
     * model was picked, they are picked too, so "all models" stays all.
     */
    private void addNewModels(LiveUpdate update) {
        List<String> fresh = update.snapshots().stream().map(HourlySnapshot::modelId).distinct()
                .filter(m -> !allModels.contains(m)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        boolean everyModelPicked = selectedModels.containsAll(allModels);
        List<String> all = new ArrayList<>(allModels);
        all.addAll(fresh);
        Collections.sort(all);
        allModels.setAll(all);
        if (everyModelPicked) {
            selectedModels.setAll(all);
        }
    }

    /** The rows behind the data version's change being announced now; null outside that (e.g. set by hand). */
    public LiveUpdate liveUpdate() {
        return liveUpdate;
    }

    public ModelColors colors() {
        return colors;
    }

    public Jobs jobs() {
        return jobs;
    }
}
