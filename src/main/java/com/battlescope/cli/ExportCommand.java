package com.battlescope.cli;

import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.export.ExportAll;
import com.battlescope.service.export.ExportFormat;
import com.battlescope.service.export.ViewExporter;
import com.battlescope.service.view.ViewContent;
import com.battlescope.service.view.ViewDataService;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.charts.ChartFactory;
import com.battlescope.ui.export.FxPngRenderer;
import com.battlescope.ui.export.HeadlessFx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: one view of a battle folder as PNG, SVG or CSV, the same file the GUI's Export menu writes. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes one view as PNG (the chart as drawn), SVG (vector) or CSV (the data); the extension of"
                + " --out picks the format.")
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Option(names = "--view", required = true, paramLabel = "VIEW",
            description = "equity, drawdown, rank-history, comparison, leaderboard, verdict, trades or summaries.")
    String view;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .png, .svg or .csv.")
    Path out;
    @Option(names = "--width", defaultValue = "1600", paramLabel = "W", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;
    @Option(names = "--height", defaultValue = "1000", paramLabel = "H", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;
    @Option(names = "--models", split = ",", paramLabel = "a,b", description = "Models to show (default: all).")
    List<String> models;
    @Option(names = "--from", paramLabel = "T", description = "Start of the time range.")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "End of the time range.")
    String to;
    @Option(names = "--timeframe", paramLabel = "TF",
            description = "Leaderboard timeframe or summary period: daily, weekly, monthly, all_time (default).")
    String timeframe;
    @Option(names = "--symbol", paramLabel = "S", description = "Symbol of the comparison view (and filter of trades).")
    String symbol;

    @Override
    public Integer call() {
        ViewId id = parse(() -> ViewId.fromId(view));
        if (!ExportAll.VIEWS.contains(id)) {
            throw usage("--view " + view + " cannot be exported; views: " + viewIds());
        }
        ExportFormat format = parse(() -> ExportFormat.of(out));
        if (width < 200 || height < 150 || width > 16384 || height > 16384) {
            throw usage("--width/--height " + width + "x" + height + " out of range (200x150 to 16384x16384)");
        }
        TimeRange range = parse(() -> TimeRange.parse(from, to));
        Timeframe tf = timeframe == null ? Timeframe.ALL_TIME : parse(() -> Timeframe.fromText(timeframe));
        if (id == ViewId.COMPARISON && (symbol == null || symbol.isBlank())) {
            throw usage("--view comparison needs --symbol S");
        }
        ViewQuery query = new ViewQuery(models, range, tf, null, symbol, false);
        ViewContent content;
        try (Battle battle = data.open()) {
            checkModels(battle);
            content = new ViewDataService().load(battle, id, query);
            DataOption.printWarnings(battle, spec.commandLine().getErr());
        }
        ViewExporter exporter = new ViewExporter(format == ExportFormat.PNG ? pngRenderer() : null);
        Path written = exporter.write(content, out, width, height);
        spec.commandLine().getOut().println(written);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static FxPngRenderer pngRenderer() {
        HeadlessFx.start();
        return new FxPngRenderer(ChartFactory::create, 1);
    }

    private void checkModels(Battle battle) {
        if (models == null || models.isEmpty()) {
            return;
        }
        List<String> known = battle.modelIds();
        List<String> unknown = new ArrayList<>(models);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw usage("--models: unknown model " + String.join(", ", unknown) + "; models in " + battle.path() + ": "
                    + String.join(", ", known));
        }
    }

    private <T> T parse(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String viewIds() {
        return String.join(", ", ExportAll.VIEWS.stream().map(ViewId::id).toList());
    }
}
