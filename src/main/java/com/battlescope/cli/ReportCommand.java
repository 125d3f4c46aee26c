package com.battlescope.cli;

import com.battlescope.analytics.CurveMetrics;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.TradeStats;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleReport;
import com.battlescope.service.ModelReport;
import com.battlescope.service.ReportService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: per-model figures and the all-time leaderboard, as in cli.md. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Per-model performance figures and BattleScope's all-time leaderboard.")
public class ReportCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("model_id", "snapshots", "first_snapshot", "last_snapshot",
            "initial_capital", "final_equity", "total_return_pct", "sharpe_ratio", "sharpe_daily", "sortino_ratio",
            "max_drawdown_pct", "max_drawdown_dollars", "total_trades", "winning_trades", "losing_trades", "win_rate",
            "profit_factor", "decisions", "executed_decisions");

    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Option(names = "--format", defaultValue = "json", description = "json, csv or table (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
    @Option(names = "--initial-capital", paramLabel = "X", description = "Initial capital of every model.")
    Double initialCapital;

    @Override
    public Integer call() {
        if (initialCapital != null && !(initialCapital > 0 && Double.isFinite(initialCapital))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--initial-capital must be a finite number > 0 (got " + initialCapital + ")");
        }
        BattleReport report;
        try (Battle battle = data.open()) {
            report = new ReportService().report(battle, initialCapital);
            DataOption.printWarnings(battle, spec.commandLine().getErr());
        }
        String text = switch (format) {
            case json -> Formats.json(json(report)) + System.lineSeparator();
            case csv -> Formats.csv(COLUMNS, rows(report));
            case table -> Formats.table(COLUMNS, rows(report)) + System.lineSeparator() + leaderboardTable(report);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static ObjectNode json(BattleReport report) {
        ObjectNode root = Formats.JSON.createObjectNode();
        ArrayNode models = root.putArray("models");
        for (ModelReport m : report.models()) {
            ObjectNode n = models.addObject();
            List<Object> values = values(m);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Double d || v == null) {
                    Formats.putNumber(n, COLUMNS.get(i), (Double) v);
                } else if (v instanceof Number num) {
                    n.put(COLUMNS.get(i), num.longValue());
                } else {
                    n.put(COLUMNS.get(i), v.toString());
                }
            }
        }
        ArrayNode board = root.putArray("leaderboard");
        for (RankedModel r : report.leaderboard()) {
            ObjectNode n = board.addObject();
            n.put("rank", r.rank());
            n.put("model_id", r.modelId());
            Formats.putNumber(n, "total_return_pct", r.entry().totalReturnPct());
        }
        return root;
    }

    private static List<List<Object>> rows(BattleReport report) {
        return report.models().stream().map(ReportCommand::values).toList();
    }

    private static List<Object> values(ModelReport m) {
        CurveMetrics c = m.curve();
        TradeStats t = m.trades();
        List<Object> v = new ArrayList<>();
        v.add(c.modelId());
        v.add(c.snapshots());
        v.add(c.firstSnapshot().text());
        v.add(c.lastSnapshot().text());
        v.add(c.initialCapital());
        v.add(c.finalEquity());
        v.add(c.totalReturnPct());
        v.add(c.sharpeRatio());
        v.add(c.sharpeDaily());
        v.add(c.sortinoRatio());
        v.add(c.maxDrawdownPct());
        v.add(c.maxDrawdownDollars());
        v.add(t.count());
        v.add(t.winners());
        v.add(t.losers());
        v.add(t.winRate());
        v.add(t.profitFactor());
        v.add(m.decisions());
        v.add(m.executedDecisions());
        return v;
    }

    private static String leaderboardTable(BattleReport report) {
        List<List<Object>> rows = report.leaderboard().stream()
                .map(r -> List.<Object>of(r.rank(), r.modelId(), r.entry().totalReturnPct())).toList();
        return Formats.table(List.of("rank", "model_id", "total_return_pct"), rows);
    }
}
