package com.battlescope.ui;

import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.live.LiveUpdate;
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

    public AppContext(Jobs jobs) {
        this.jobs = jobs;
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
        liveUpdate = update;
        dataVersion.set(dataVersion.get() + 1);
        liveUpdate = null;
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
