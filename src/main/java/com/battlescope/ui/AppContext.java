package com.battlescope.ui;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.live.LiveUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State shared by all views: the open battle, the models picked, the time range, colours and the job runner. */
public final class AppContext {
    private final ObjectProperty<Battle> battle = new SimpleObjectProperty<>();
    private final ObservableList<String> allModels = FXCollections.observableArrayList();
    private final ObservableList<String> selectedModels = FXCollections.observableArrayList();
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.ALL);
    private final LongProperty dataVersion = new SimpleLongProperty(0);
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

    public ObjectProperty<Battle> battleProperty() {
        return battle;
    }

    public Battle battle() {
        return battle.get();
    }

    /** Every model of the open battle, sorted. */
    public ObservableList<String> allModels() {
        return allModels;
    }

    /** The models the user picked; views show only these. */
    public ObservableList<String> selectedModels() {
        return selectedModels;
    }

    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public TimeRange range() {
        return range.get();
    }

    /**
     * Goes up when live mode sees new rows in the open battle. Views listen and reload in place, keeping the
     * user's zoom, selection and scroll position (a change of battle, models or range is a full reload instead).
     */
    public LongProperty dataVersionProperty() {
        return dataVersion;
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
