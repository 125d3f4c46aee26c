package com.battlescope.service.export;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.ModelPalette;
import com.battlescope.service.export.AxisTicks.Tick;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link ChartData} as a vector SVG: title, axes with ticks, tick labels and unit labels, one {@code <path>} per
 * series in its colour, and a legend. Lines are reduced to the pixel width of the plot (see {@link Decimator}).
 */
public final class SvgChartWriter {
    private static final double MARGIN = 16;
    private static final double TITLE_SIZE = 20;
    private static final double TICK_SIZE = 12;
    private static final double LABEL_SIZE = 13;
    private static final double LEGEND_SIZE = 13;
    private static final double LEGEND_ROW = 20;
    private static final double SWATCH = 22;
    private static final String AXIS = "#444444";
    private static final String GRID = "#E6E6E6";
    private static final String INK = "#222222";

    private SvgChartWriter() {
    }

    public static Path write(ChartData chart, Path file, int width, int height) {
        return document(chart, width, height).write(file);
    }

    public static String toSvg(ChartData chart, int width, int height) {
        return document(chart, width, height).finish();
    }

    private static SvgDoc document(ChartData chart, int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("chart size " + width + "x" + height + " is too small (at least 200x150)");
        }
        SvgDoc svg = new SvgDoc(width, height, chart.title());
        List<ChartSeries> series = chart.series();

        double plotTop = MARGIN + TITLE_SIZE + 24;
        double plotBottom = height - MARGIN - LABEL_SIZE - TICK_SIZE - 28;
        double plotHeight = plotBottom - plotTop;

        Legend legend = Legend.layout(series, width, plotHeight);
        double plotRight = width - MARGIN - legend.width();

        Range yData = Range.of(series, false, chart.logY());
        if (chart.isBars() && !yData.empty()) {
            yData = new Range(Math.min(0, yData.min()), Math.max(0, yData.max()), yData.integers());
        }
        Range xData = Range.of(series, true, chart.logY());
        YAxis y = YAxis.of(yData, chart.logY(), chart.invertedY(), (int) Math.max(3, plotHeight / 70));
        double plotLeft = MARGIN + LABEL_SIZE + 10 + y.labelWidth() + 10;
        double plotWidth = plotRight - plotLeft;
        XAxis x = chart.categories().isEmpty() ? XAxis.of(xData, chart.timeAxis(), plotWidth)
                : XAxis.categories(chart.categories(), plotWidth);

        svg.text(width / 2.0, MARGIN + TITLE_SIZE, chart.title(), "font-size", SvgDoc.num(TITLE_SIZE),
                "font-weight", "bold", "text-anchor", "middle", "fill", INK, "class", "title");
        svg.open("defs").open("clipPath", "id", "plot-area")
                .element("rect", "x", SvgDoc.num(plotLeft), "y", SvgDoc.num(plotTop), "width", SvgDoc.num(plotWidth),
                        "height", SvgDoc.num(plotHeight))
                .close("clipPath").close("defs");

        svg.open("g", "class", "y-axis", "font-size", SvgDoc.num(TICK_SIZE), "fill", INK);
        for (Tick t : y.ticks()) {
            double py = y.pixel(t.value(), plotTop, plotBottom);
            svg.line(plotLeft, py, plotRight, py, GRID, 1);
            svg.line(plotLeft - 5, py, plotLeft, py, AXIS, 1);
            svg.text(plotLeft - 8, py + TICK_SIZE * 0.35, t.label(), "text-anchor", "end");
        }
        double yLabelX = MARGIN + LABEL_SIZE;
        double yLabelY = (plotTop + plotBottom) / 2;
        svg.text(yLabelX, yLabelY, chart.yLabel(), "font-size", SvgDoc.num(LABEL_SIZE), "text-anchor", "middle",
                "transform", "rotate(-90 " + SvgDoc.num(yLabelX) + " " + SvgDoc.num(yLabelY) + ")", "class", "axis-label");
        svg.close("g");

        svg.open("g", "class", "x-axis", "font-size", SvgDoc.num(TICK_SIZE), "fill", INK);
        for (Tick t : x.ticks()) {
            double px = x.pixel(t.value(), plotLeft, plotRight);
            svg.line(px, plotTop, px, plotBottom, GRID, 1);
            svg.line(px, plotBottom, px, plotBottom + 5, AXIS, 1);
            svg.text(px, plotBottom + 8 + TICK_SIZE, t.label(), "text-anchor", "middle");
        }
        svg.text((plotLeft + plotRight) / 2, height - MARGIN, chart.xLabel(), "font-size", SvgDoc.num(LABEL_SIZE),
                "text-anchor", "middle", "class", "axis-label");
        svg.close("g");

        svg.element("rect", "x", SvgDoc.num(plotLeft), "y", SvgDoc.num(plotTop), "width", SvgDoc.num(plotWidth),
                "height", SvgDoc.num(plotHeight), "fill", "none", "stroke", AXIS, "stroke-width", "1");

        svg.open("g", "class", "series", "clip-path", "url(#plot-area)", "fill", "none", "stroke-width", "1.5",
                "stroke-linejoin", "round", "stroke-linecap", "round");
        for (int i = 0; i < series.size(); i++) {
            ChartSeries s = series.get(i);
            String d = chart.isBars() ? bars(chart, i, x, y, plotLeft, plotRight, plotTop, plotBottom)
                    : path(s, x, y, plotLeft, plotRight, plotTop, plotBottom);
            svg.element("path", "d", d, "stroke", color(s, i), "data-series", s.name(),
                    "fill", chart.isBars() ? color(s, i) : "none");
        }
        svg.close("g");
        if (xData.empty() || yData.empty()) {
            svg.text((plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, "No data in this selection",
                    "font-size", SvgDoc.num(LABEL_SIZE), "text-anchor", "middle", "fill", "#777777");
        }
        legend.draw(svg, series, plotRight + 16, plotTop);
        return svg;
    }

    static String color(ChartSeries s, int index) {
        String c = s.color();
        return c == null || c.isBlank() ? ModelPalette.PALETTE.get(index % ModelPalette.PALETTE.size()) : c;
    }

    /** Series {@code index} as bars from zero: side by side within 80 % of a slot, or 70 % wide over each other. */
    private static String bars(ChartData chart, int index, XAxis x, YAxis y, double left, double right, double top,
                               double bottom) {
        ChartSeries s = chart.series().get(index);
        int count = chart.series().size();
        boolean beside = chart.bars() == ChartData.Bars.SIDE_BY_SIDE;
        double width = beside ? 0.8 / count : 0.7;
        double shift = beside ? (index - (count - 1) / 2.0) * width : 0;
        double zero = y.pixel(0, top, bottom);
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isFinite(s.y()[i])) {
                continue;
            }
            double x0 = x.pixel(s.x()[i] + shift - width / 2, left, right);
            double x1 = x.pixel(s.x()[i] + shift + width / 2, left, right);
            double py = y.pixel(s.y()[i], top, bottom);
            d.append(d.length() == 0 ? "M" : " M").append(SvgDoc.num(x0)).append(',').append(SvgDoc.num(zero))
                    .append(" V").append(SvgDoc.num(py)).append(" H").append(SvgDoc.num(x1))
                    .append(" V").append(SvgDoc.num(zero)).append(" Z");
        }
        return d.toString();
    }

    private static String path(ChartSeries s, XAxis x, YAxis y, double left, double right, double top, double bottom) {
        double[] px = new double[s.size()];
        double[] py = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            px[i] = x.pixel(s.x()[i], left, right);
            py[i] = y.pixel(s.y()[i], top, bottom);
        }
        StringBuilder d = new StringBuilder();
        boolean move = true;
        for (int i : Decimator.reduce(px, py)) {
            if (i == Decimator.GAP) {
                move = true;
                continue;
            }
            d.append(move ? (d.length() == 0 ? "M" : " M") : " ")
                    .append(SvgDoc.num(px[i])).append(',').append(SvgDoc.num(py[i]));
            move = false;
        }
        return d.toString();
    }

    /** Finite data bounds of x or y over all series (y must be positive on a log axis). */
    record Range(double min, double max, boolean integers) {
        boolean empty() {
            return min > max;
        }

        static Range of(List<ChartSeries> series, boolean xs, boolean log) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean integers = true;
            for (ChartSeries s : series) {
                for (int i = 0; i < s.size(); i++) {
                    double v = xs ? s.x()[i] : s.y()[i];
                    double other = xs ? s.y()[i] : s.x()[i];
                    if (!Double.isFinite(v) || !Double.isFinite(other) || (log && !(s.y()[i] > 0))) {
                        continue;
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    integers &= v == Math.rint(v);
                }
            }
            return new Range(min, max, integers);
        }
    }

    private record YAxis(double min, double max, boolean log, boolean inverted, List<Tick> ticks) {
        static YAxis of(Range data, boolean log, boolean inverted, int target) {
            double lo = data.empty() ? (log ? 1 : 0) : data.min();
            double hi = data.empty() ? (log ? 10 : 1) : data.max();
            if (lo == hi) {
                double pad = data.integers() ? 1 : lo == 0 ? 1 : Math.abs(lo) * 0.05;
                lo = log ? lo / 1.1 : lo - pad;
                hi = log ? hi * 1.1 : hi + pad;
            }
            if (log) {
                double pad = Math.pow(hi / lo, 0.03);
                lo /= pad;
                hi *= pad;
                return new YAxis(lo, hi, true, inverted, AxisTicks.log(lo, hi, target));
            }
            if (data.integers() && hi - lo <= 50) {
                lo -= 0.5;
                hi += 0.5;
            } else {
                double step = AxisTicks.niceStep(hi - lo, target, data.integers());
                lo = Math.floor(lo / step) * step;
                hi = Math.ceil(hi / step) * step;
            }
            return new YAxis(lo, hi, false, inverted, AxisTicks.linear(lo, hi, target, data.integers()));
        }

        double pixel(double v, double top, double bottom) {
            if (log && !(v > 0)) {
                return Double.NaN;
            }
            double f = log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
            return inverted ? top + f * (bottom - top) : bottom - f * (bottom - top);
        }

        double labelWidth() {
            return ticks.stream().mapToDouble(t -> SvgDoc.textWidth(t.label(), TICK_SIZE)).max().orElse(0);
        }
    }

    private record XAxis(double min, double max, List<Tick> ticks) {
        static XAxis of(Range data, boolean time, double plotWidth) {
            double lo = data.empty() ? 0 : data.min();
            double hi = data.empty() ? 1 : data.max();
            if (lo == hi) {
                lo -= time ? 3600 : 1;
                hi += time ? 3600 : 1;
            }
            if (data.empty() && time) {
                return new XAxis(lo, hi, List.of());
            }
            if (time) {
                return new XAxis(lo, hi, AxisTicks.time(lo, hi, (int) Math.max(2, plotWidth / 120)));
            }
            int target = (int) Math.max(2, plotWidth / 90);
            double step = AxisTicks.niceStep(hi - lo, target, data.integers());
            lo = Math.floor(lo / step) * step;
            hi = Math.ceil(hi / step) * step;
            return new XAxis(lo, hi, AxisTicks.linear(lo, hi, target, data.integers()));
        }

        /** A tick per category (every k-th when they do not fit), half a slot of room at both ends. */
        static XAxis categories(List<String> names, double plotWidth) {
            int every = (int) Math.max(1, Math.ceil(names.size() * 70 / Math.max(1, plotWidth)));
            List<Tick> ticks = new java.util.ArrayList<>();
            for (int i = 0; i < names.size(); i += every) {
                ticks.add(new Tick(i, names.get(i)));
            }
            return new XAxis(-0.5, Math.max(0.5, names.size() - 0.5), ticks);
        }

        double pixel(double v, double left, double right) {
            return left + (v - min) / (max - min) * (right - left);
        }
    }

    /** Series names in columns to the right of the plot; long names are cut with an ellipsis. */
    private record Legend(int rows, double columnWidth, double labelWidth, int columns) {
        static Legend layout(List<ChartSeries> series, int width, double plotHeight) {
            if (series.isEmpty()) {
                return new Legend(0, 0, 0, 0);
            }
            double labelWidth = Math.min(width * 0.22,
                    series.stream().mapToDouble(s -> SvgDoc.textWidth(s.name(), LEGEND_SIZE)).max().orElse(0));
            int rows = Math.max(1, (int) (plotHeight / LEGEND_ROW));
            int columns = (series.size() + rows - 1) / rows;
            return new Legend(rows, SWATCH + 8 + labelWidth + 12, labelWidth, columns);
        }

        double width() {
            return columns == 0 ? 0 : columns * columnWidth + 16;
        }

        void draw(SvgDoc svg, List<ChartSeries> series, double left, double top) {
            if (series.isEmpty()) {
                return;
            }
            svg.open("g", "class", "legend", "font-size", SvgDoc.num(LEGEND_SIZE), "fill", INK);
            for (int i = 0; i < series.size(); i++) {
                double x = left + (i / rows) * columnWidth;
                double y = top + (i % rows) * LEGEND_ROW + LEGEND_ROW / 2;
                svg.line(x, y, x + SWATCH, y, color(series.get(i), i), 3);
                svg.text(x + SWATCH + 8, y + LEGEND_SIZE * 0.35, SvgDoc.fit(series.get(i).name(), labelWidth + 2,
                        LEGEND_SIZE));
            }
            svg.close("g");
        }
    }
}
