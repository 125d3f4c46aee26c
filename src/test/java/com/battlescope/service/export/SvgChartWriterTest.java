package com.battlescope.service.export;

import static com.battlescope.service.export.SvgTestDocs.all;
import static com.battlescope.service.export.SvgTestDocs.group;
import static com.battlescope.service.export.SvgTestDocs.parse;
import static com.battlescope.service.export.SvgTestDocs.points;
import static com.battlescope.service.export.SvgTestDocs.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.ModelPalette;
import com.battlescope.model.Stamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartWriterTest {
    @TempDir
    Path tmp;

    private static double t(String time) {
        return Stamp.parse(time).epochSecondsAsWritten();
    }

    private static ChartData equity() {
        double[] x = {t("2025-01-06 10:00:00"), t("2025-01-20 10:00:00"), t("2025-02-04 16:00:00")};
        return new ChartData("equity", "Equity curves", "Time", "Equity ($)", true, false, false, "equity", List.of(
                new ChartSeries("claude-sonnet-3.5", "#0072B2", x, new double[] {100_000, 103_500, 99_200}),
                new ChartSeries("gpt-4o", "#E69F00", x, new double[] {100_000, 101_000, 104_803.69}),
                new ChartSeries("a <b> & \"c\"", "#009E73", x, new double[] {100_000, 97_000, 98_000})));
    }

    @Test
    void writesOnePathPerSeriesInItsColourAndTheLegendNames() throws Exception {
        Path file = SvgChartWriter.write(equity(), tmp.resolve("equity.svg"), 1600, 1000);
        Document doc = parse(Files.readString(file));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("1600");
        assertThat(root.getAttribute("height")).isEqualTo("1000");
        List<Element> paths = all(group(doc, "series"), "path");
        assertThat(paths).extracting(p -> p.getAttribute("stroke")).containsExactly("#0072B2", "#E69F00", "#009E73");
        assertThat(paths).extracting(p -> p.getAttribute("data-series"))
                .containsExactly("claude-sonnet-3.5", "gpt-4o", "a <b> & \"c\"");
        assertThat(paths).allSatisfy(p -> assertThat(points(p.getAttribute("d"))).hasSize(3));
        assertThat(texts(group(doc, "legend"))).containsExactly("claude-sonnet-3.5", "gpt-4o", "a <b> & \"c\"");
        assertThat(all(group(doc, "legend"), "line")).extracting(l -> l.getAttribute("stroke"))
                .containsExactly("#0072B2", "#E69F00", "#009E73");
        assertThat(texts(root)).contains("Equity curves", "Time", "Equity ($)");
    }

    @Test
    void timeTicksAreReadableUtcDatesInsideTheRange() {
        Document doc = parse(SvgChartWriter.toSvg(equity(), 1600, 1000));
        List<String> labels = texts(group(doc, "x-axis")).stream().filter(s -> !s.equals("Time")).toList();
        assertThat(labels).hasSizeBetween(3, 12).allMatch(s -> s.matches("[A-Z][a-z]{2} \\d{1,2}, 2025"));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
        List<LocalDate> dates = labels.stream().map(s -> LocalDate.parse(s, f)).toList();
        assertThat(dates).isSorted().allMatch(d -> !d.isBefore(LocalDate.of(2025, 1, 6))
                && !d.isAfter(LocalDate.of(2025, 2, 4)));
        assertThat(dates).contains(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 20));
    }

    @Test
    void valueTicksAreGroupedNumbersCoveringTheData() throws Exception {
        Document doc = parse(SvgChartWriter.toSvg(equity(), 1600, 1000));
        List<String> labels = texts(group(doc, "y-axis")).stream().filter(s -> !s.equals("Equity ($)")).toList();
        NumberFormat f = NumberFormat.getInstance(Locale.ROOT);
        List<Double> values = new ArrayList<>();
        for (String s : labels) {
            assertThat(s).matches("\\d{2,3},\\d{3}");
            values.add(f.parse(s).doubleValue());
        }
        assertThat(values).isSorted();
        assertThat(values.get(0)).isLessThanOrEqualTo(97_000);
        assertThat(values.get(values.size() - 1)).isGreaterThanOrEqualTo(104_803.69);
    }

    @Test
    void higherEquityIsDrawnHigherAndTheLastPointAtTheRightEdge() {
        Document doc = parse(SvgChartWriter.toSvg(equity(), 1600, 1000));
        List<double[]> gpt = points(all(group(doc, "series"), "path").get(1).getAttribute("d"));
        assertThat(gpt.get(2)[1]).isLessThan(gpt.get(1)[1]);
        assertThat(gpt.get(1)[1]).isLessThan(gpt.get(0)[1]);
        Element frame = all(doc.getDocumentElement(), "rect").stream()
                .filter(r -> "none".equals(r.getAttribute("fill"))).findFirst().orElseThrow();
        double right = Double.parseDouble(frame.getAttribute("x")) + Double.parseDouble(frame.getAttribute("width"));
        assertThat(gpt.get(2)[0]).isCloseTo(right, within(0.15));
    }

    @Test
    void logAxisSpacesDecadesEvenly() {
        double[] x = {0, 1, 2};
        ChartData chart = new ChartData("equity", "Log", "Time", "Equity ($, log)", true, false, true, "equity",
                List.of(new ChartSeries("m", "#000000", x, new double[] {1_000, 10_000, 100_000})));
        Document doc = parse(SvgChartWriter.toSvg(chart, 800, 600));
        assertThat(texts(group(doc, "y-axis"))).contains("1,000", "10,000", "100,000");
        List<double[]> p = points(all(group(doc, "series"), "path").get(0).getAttribute("d"));
        assertThat(p.get(0)[1] - p.get(1)[1]).isCloseTo(p.get(1)[1] - p.get(2)[1], within(0.15));
        assertThat(p.get(0)[1]).isGreaterThan(p.get(1)[1]);
    }

    @Test
    void rankAxisIsInvertedWithWholeRanks() {
        double[] x = {t("2025-01-06 10:00:00"), t("2025-01-06 11:00:00"), t("2025-01-06 12:00:00")};
        ChartData chart = new ChartData("rank-history", "Rank history", "Time", "Rank", true, true, false, "rank",
                List.of(new ChartSeries("a", "#0072B2", x, new double[] {1, 2, 3}),
                        new ChartSeries("b", "#E69F00", x, new double[] {3, 1, 1})));
        Document doc = parse(SvgChartWriter.toSvg(chart, 1000, 600));
        List<Element> labels = all(group(doc, "y-axis"), "text").stream()
                .filter(e -> !e.getTextContent().equals("Rank")).toList();
        assertThat(labels).extracting(Element::getTextContent).containsExactly("1", "2", "3");
        double y1 = Double.parseDouble(labels.get(0).getAttribute("y"));
        double y3 = Double.parseDouble(labels.get(2).getAttribute("y"));
        assertThat(y1).as("rank 1 at the top").isLessThan(y3);
        List<double[]> a = points(all(group(doc, "series"), "path").get(0).getAttribute("d"));
        assertThat(a.get(0)[1]).isLessThan(a.get(2)[1]);
        assertThat(texts(group(doc, "x-axis"))).contains("Jan 6 10:00", "Jan 6 12:00");
    }

    @Test
    void aYearOfTwentyModelsIsReducedToThePixelWidth() {
        int n = 8760;
        List<ChartSeries> series = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            double[] x = new double[n];
            double[] y = new double[n];
            double v = 100_000;
            java.util.Random r = new java.util.Random(m);
            for (int i = 0; i < n; i++) {
                x[i] = t("2025-01-01 00:00:00") + i * 3600.0;
                v *= 1 + r.nextGaussian() * 0.002;
                y[i] = v;
            }
            if (m == 0) {
                y[4000] = 400_000;
            }
            series.add(new ChartSeries("model-" + m, ModelPalette.PALETTE.get(m), x, y));
        }
        ChartData chart = new ChartData("equity", "A year", "Time", "Equity ($)", true, false, false, "equity", series);
        long start = System.nanoTime();
        String svg = SvgChartWriter.toSvg(chart, 1600, 1000);
        System.err.printf("20 x 8760 points to SVG: %d ms, %d bytes%n", (System.nanoTime() - start) / 1_000_000, svg.length());
        Document doc = parse(svg);
        List<Element> paths = all(group(doc, "series"), "path");
        assertThat(paths).hasSize(20);
        for (Element p : paths) {
            assertThat(points(p.getAttribute("d")).size()).isLessThanOrEqualTo(2 * 1600 + 2).isGreaterThan(1000);
        }
        assertThat(svg.length()).as("bytes").isLessThan(800_000);
        double spikeTop = points(paths.get(0).getAttribute("d")).stream().mapToDouble(pt -> pt[1]).min().orElseThrow();
        double otherTop = points(paths.get(1).getAttribute("d")).stream().mapToDouble(pt -> pt[1]).min().orElseThrow();
        assertThat(spikeTop).as("the spike survives the reduction at the top of the plot").isLessThan(otherTop - 300);
        assertThat(texts(group(doc, "x-axis"))).contains("Jan 2025", "Mar 2025", "Nov 2025");
    }

    @Test
    void missingValuesBreakTheLine() {
        ChartData chart = new ChartData("drawdown", "Drawdown", "Time", "Drawdown (%)", true, false, false, "drawdown",
                List.of(new ChartSeries("m", "#000000", new double[] {0, 3600, 7200, 10800},
                        new double[] {0, -1.5, Double.NaN, -3})));
        Element path = all(group(parse(SvgChartWriter.toSvg(chart, 800, 500)), "series"), "path").get(0);
        assertThat(path.getAttribute("d")).matches("M[\\d.]+,[\\d.]+ [\\d.]+,[\\d.]+ M[\\d.]+,[\\d.]+");
    }

    @Test
    void anEmptyChartIsStillAValidDocumentThatSaysSo() {
        ChartData chart = new ChartData("equity", "Equity curves", "Time", "Equity ($)", true, false, false, "equity",
                List.of());
        Document doc = parse(SvgChartWriter.toSvg(chart, 800, 500));
        assertThat(all(doc.getDocumentElement(), "path")).isEmpty();
        assertThat(texts(doc.getDocumentElement())).contains("No data in this selection", "Equity curves");
    }

    @Test
    void controlCharactersInNamesDoNotBreakTheXml() {
        ChartData chart = new ChartData("equity", "Bell\u0007 and \uD800 lone", "Time", "Equity ($)", true, false,
                false, "equity", List.of(new ChartSeries("m\u0001x 📈", "#000000", new double[] {0, 1},
                new double[] {1, 2})));
        Document doc = parse(SvgChartWriter.toSvg(chart, 800, 500));
        assertThat(texts(group(doc, "legend"))).containsExactly("mx 📈");
    }
}
