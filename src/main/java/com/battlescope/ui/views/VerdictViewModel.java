package com.battlescope.ui.views;

import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.verdict.VerdictService.CommonEquity;
import com.battlescope.ui.AppContext;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.LatestJob;
import com.battlescope.ui.ModelColors;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the Verdict view: the options, the running bootstrap (progress, cancel), the result and the pair picked
 * in the matrix with both models' equity over their common hours. The app's range and model pick apply. Works
 * without the FX toolkit: progress is handed to {@code onFx} (FxThread::run in the app).
 */
public final class VerdictViewModel {
    private final AppContext ctx;
    private final VerdictService service;
    private final Consumer<Runnable> onFx;
    private final DoubleProperty alpha = new SimpleDoubleProperty(VerdictOptions.DEFAULT_ALPHA);
    private final DoubleProperty level = new SimpleDoubleProperty(VerdictOptions.DEFAULT_LEVEL);
    private final IntegerProperty replicates = new SimpleIntegerProperty(VerdictOptions.DEFAULT_REPLICATES);
    private final LongProperty seed = new SimpleLongProperty(VerdictOptions.DEFAULT_SEED);
    /** Null: ⌈T^(1/3)⌉. */
    private final ObjectProperty<Integer> blockLength = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<VerdictResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PairVerdict> pair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CommonEquity> pairEquity = new ReadOnlyObjectWrapper<>();
    private final LatestJob latest;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Battle resultBattle;
    private TimeRange resultRange;

    public VerdictViewModel(AppContext ctx, VerdictService service, Consumer<Runnable> onFx) {
        this.ctx = ctx;
        this.latest = new LatestJob(ctx.jobs());
        this.service = service;
        this.onFx = onFx;
    }

    /** Runs the verdict of the context's battle, range and models with the options in the background. */
    public void run() {
        stop();
        Battle battle = ctx.battle();
        pair.set(null);
        pairEquity.set(null);
        if (battle == null) {
            result.set(null);
            message.set("");
            return;
        }
        VerdictOptions options;
        try {
            options = new VerdictOptions(alpha.get(), level.get(), replicates.get(), seed.get(), blockLength.get(),
                    Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            message.set(UserMessages.of(e));
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        TimeRange range = ctx.range();
        List<String> models = ViewQueries.models(ctx);
        int total = options.replicates();
        int step = Math.max(1, total / 100);
        // replicates finish on several threads: only a count above the last one reported moves the bar
        AtomicInteger reported = new AtomicInteger();
        StationaryBootstrap.Control control = new StationaryBootstrap.Control(done -> {
            if ((done % step == 0 || done == total) && reported.getAndAccumulate(done, Math::max) < done) {
                // check and set as one step: onFx may run on the bootstrap threads (tests run it inline)
                onFx.accept(() -> {
                    synchronized (progress) {
                        if (!stop.get() && done / (double) total > progress.get()) {
                            progress.set(done / (double) total);
                        }
                    }
                });
            }
        }, stop::get);
        progress.set(0);
        running.set(true);
        message.set("Bootstrapping " + String.format("%,d", total) + " replicates…");
        latest.run("Verdict", () -> service.verdict(battle, range, models, options, control), r -> {
            running.set(false);
            synchronized (progress) {
                progress.set(1);
            }
            message.set("");
            resultBattle = battle;
            resultRange = range;
            result.set(r);
        }, e -> {
            running.set(false);
            message.set(stop.get() ? "Cancelled" : UserMessages.failed("Verdict", e));
        });
    }

    /** A note next to the controls (e.g. an option that does not parse). */
    public void showMessage(String text) {
        message.set(text);
    }

    /** Stops a running bootstrap; the last result stays. */
    public void cancel() {
        if (running.get()) {
            stop();
            message.set("Cancelled");
        }
    }

    private void stop() {
        cancelled.set(true);
        latest.cancel();
        running.set(false);
    }

    /** Picks the pair of two models (either order) and reads both equities over their common hours. */
    public void selectPair(String a, String b) {
        VerdictResult r = result.get();
        PairVerdict p = r == null ? null : r.pair(a, b);
        pair.set(p);
        pairEquity.set(null);
        if (p == null) {
            return;
        }
        Battle battle = resultBattle;
        TimeRange range = resultRange;
        ctx.jobs().run("Common hours", () -> service.commonEquity(battle, range, p.modelA(), p.modelB()), eq -> {
            if (pair.get() == p) {
                pairEquity.set(eq);
            }
        }, e -> message.set(UserMessages.failed("Reading the pair", e)));
    }

    /** Both models' equity at their common hours as a time chart (x = the hour's start). */
    public static ChartData pairChart(CommonEquity eq, ModelColors colors) {
        double[] x = new double[eq.hours().length];
        for (int i = 0; i < x.length; i++) {
            x[i] = eq.hours()[i] * 3600.0;
        }
        return new ChartData("verdict-pair", eq.modelA() + " vs " + eq.modelB() + " over their common hours",
                "Time", "Equity ($)", true, false, false, "equity",
                List.of(new ChartSeries(eq.modelA(), colors.web(eq.modelA()), x, eq.equityA()),
                        new ChartSeries(eq.modelB(), colors.web(eq.modelB()), x.clone(), eq.equityB())));
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public DoubleProperty levelProperty() {
        return level;
    }

    public IntegerProperty replicatesProperty() {
        return replicates;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Integer> blockLengthProperty() {
        return blockLength;
    }

    public ReadOnlyObjectProperty<VerdictResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public VerdictResult result() {
        return result.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PairVerdict> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CommonEquity> pairEquityProperty() {
        return pairEquity.getReadOnlyProperty();
    }
}
