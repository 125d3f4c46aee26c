package com.battlescope.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ViewContent;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAllTest {
    @TempDir
    Path tmp;
    private Battle battle;
    private final List<String> pngCalls = new ArrayList<>();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-05T09:30:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        battle = new BattleService().open(Fixtures.copy("tiny", tmp));
    }

    @AfterEach
    void close() {
        battle.close();
    }

    private static ViewContent content(ViewId view) {
        if (view == ViewId.COMPARISON) {
            throw new IllegalArgumentException("the comparison needs a symbol (--symbol)");
        }
        if (view.isChart()) {
            return ViewContent.ofChart(view, new ChartData(view.id(), view.title(), "Time", "Value", true, false, false,
                    "value", List.of(new ChartSeries("gpt-4o", "#0072B2", new double[] {0, 3600},
                    new double[] {1, 2}, List.of("2025-01-06 10:00:00", "2025-01-06 11:00:00")))));
        }
        return ViewContent.ofTable(view, new DataTable(view.id(), List.of("model_id", "note"),
                List.of(List.of("gpt-4o", "a, \"b\"\nc"))));
    }

    private PngRenderer fakePng() {
        return (c, file, w, h) -> {
            pngCalls.add(c.view().id() + " " + w + "x" + h);
            ExportFiles.write(file, out -> out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        };
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    @Test
    void writesEveryViewAsPngSvgAndCsvThenTheIndex() throws Exception {
        Path out = tmp.resolve("report");
        ExportAll.Result r = new ExportAll((b, v, q) -> content(v), fakePng(), CLOCK)
                .write(battle, ViewQuery.all().withModels(List.of("gpt-4o")), out);
        assertThat(names(r.files())).containsExactly(
                "leaderboard.png", "leaderboard.svg", "leaderboard.csv",
                "verdict.png", "verdict.svg", "verdict.csv",
                "equity.png", "equity.svg", "equity.csv",
                "drawdown.png", "drawdown.svg", "drawdown.csv",
                "rank-history.png", "rank-history.svg", "rank-history.csv",
                "trades.png", "trades.svg", "trades.csv",
                "summaries.png", "summaries.svg", "summaries.csv",
                "quality.png", "quality.svg", "quality.csv",
                "index.html");
        assertThat(r.files()).allSatisfy(f -> assertThat(f).isRegularFile().hasParent(out));
        try (var listed = Files.list(out)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names(r.files()));
        }
        assertThat(r.problems()).containsExactly("Comparison: not exported: the comparison needs a symbol (--symbol)");
        assertThat(pngCalls).hasSize(8).allMatch(c -> c.endsWith(" 1600x1000"));
        SvgTestDocs.parse(Files.readString(out.resolve("equity.svg")));
        SvgTestDocs.parse(Files.readString(out.resolve("trades.svg")));
        assertThat(Files.readString(out.resolve("trades.csv"))).isEqualTo("model_id,note\r\ngpt-4o,\"a, \"\"b\"\"\nc\"\r\n");
    }

    @Test
    void aViewsFurtherChartsAreWrittenBesideItAndListedOnThePage() throws Exception {
        Path out = tmp.resolve("more");
        ChartData bars = ChartData.bars("quality-plans", "Plans", "Model", "Share (%)", "share",
                List.of(new ChartSeries("Target first", "#2E7D32", new double[] {0}, new double[] {40})),
                ChartData.Bars.OVERLAID, List.of("gpt-4o"));
        ViewContent quality = content(ViewId.QUALITY);
        ExportAll.Result r = new ExportAll((b, v, q) -> new ViewContent(v, quality.title(), quality.chart(),
                quality.table(), List.of(bars)), fakePng(), CLOCK)
                .write(battle, ViewQuery.all(), List.of(ViewId.QUALITY), out, 800, 600, ExportAll.Progress.NONE);

        assertThat(names(r.files())).containsExactly("quality.png", "quality.svg", "quality.csv",
                "quality-plans.png", "quality-plans.svg", "quality-plans.csv", "index.html");
        assertThat(Files.readString(out.resolve("quality-plans.csv"))).isEqualTo("x,model,share\r\n"
                + "gpt-4o,Target first,40.0\r\n");
        SvgTestDocs.parse(Files.readString(out.resolve("quality-plans.svg")));
        assertThat(Files.readString(out.resolve("index.html"))).contains("<section id=\"quality-plans\">",
                "<a href=\"#quality-plans\">Plans</a>", "src=\"quality-plans.png\"");
    }

    @Test
    void aViewsOwnQueryIsUsedForThatViewOnly() throws Exception {
        List<String> loads = new ArrayList<>();
        ViewQuery shared = ViewQuery.all();
        ExportAll.Result r = new ExportAll((b, v, q) -> {
            loads.add(v.id() + ":" + q.symbol() + ":" + q.timeframe().text());
            return v == ViewId.COMPARISON && q.symbol() != null ? ViewContent.ofTable(v, new DataTable(v.id(),
                    List.of("symbol"), List.of(List.of(q.symbol())))) : content(v);
        }, fakePng(), CLOCK).write(battle, shared, Map.of(ViewId.COMPARISON, shared.withSymbol("NVDA"),
                        ViewId.LEADERBOARD, shared.withTimeframe(Timeframe.DAILY)),
                List.of(ViewId.LEADERBOARD, ViewId.COMPARISON, ViewId.TRADES), tmp.resolve("r"), 800, 600,
                ExportAll.Progress.NONE);
        assertThat(r.problems()).isEmpty();
        assertThat(loads).containsExactly("leaderboard:null:daily", "comparison:NVDA:all_time", "trades:null:all_time");
        assertThat(Files.readString(tmp.resolve("r").resolve("comparison.csv"))).isEqualTo("symbol\r\nNVDA\r\n");
    }

    @Test
    void theIndexShowsEveryImageAndLinksOnlyFilesThatExist() throws Exception {
        Path out = tmp.resolve("report");
        new ExportAll((b, v, q) -> content(v), fakePng(), CLOCK).write(battle,
                ViewQuery.all().withRange(TimeRange.parse("2025-01-06", "2025-01-31 16:00")), out);
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<title>BattleScope report: tiny</title>")
                .contains("Models: all").contains("Time range: 2025-01-06 to 2025-01-31 16:00")
                .contains("Exported: 2025-02-05 09:30")
                .contains("<img src=\"equity.png\" alt=\"Equity\">")
                .contains("<img src=\"leaderboard.png\"")
                .contains("Comparison: not exported");
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(html);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertThat(refs).hasSizeGreaterThan(20).allSatisfy(ref -> assertThat(out.resolve(ref)).isRegularFile());
        assertThat(html.split("<section ", -1)).hasSize(9);
    }

    @Test
    void withoutAToolkitTheReportHasSvgAndCsvAndShowsTheSvgs() throws Exception {
        Path out = tmp.resolve("plain");
        ExportAll.Result r = new ExportAll((b, v, q) -> content(v), null, CLOCK).write(battle, ViewQuery.all(),
                List.of(ViewId.EQUITY, ViewId.TRADES), out, 800, 500, ExportAll.Progress.NONE);
        assertThat(names(r.files())).containsExactly("equity.svg", "equity.csv", "trades.svg", "trades.csv",
                "index.html");
        assertThat(Files.readString(out.resolve("index.html"))).contains("<img src=\"equity.svg\"");
        assertThat(SvgTestDocs.parse(Files.readString(out.resolve("equity.svg"))).getDocumentElement()
                .getAttribute("width")).isEqualTo("800");
    }

    @Test
    void reportsProgressUpToTheTotal() {
        List<String> steps = new ArrayList<>();
        new ExportAll((b, v, q) -> content(v), fakePng(), CLOCK).write(battle, ViewQuery.all(),
                List.of(ViewId.EQUITY, ViewId.LEADERBOARD), tmp.resolve("p"), 800, 500,
                (done, total, step) -> steps.add(done + "/" + total + " " + step));
        assertThat(steps).first().isEqualTo("0/7 Equity");
        assertThat(steps).contains("3/7 Leaderboard", "6/7 index.html").last().isEqualTo("7/7 done");
    }
}
