package com.battlescope.ui.export;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A small ChartFX chart and PNG pixel checks for the export tests. */
final class TestCharts {
    private TestCharts() {
    }

    /** Built on the FX thread: ChartFX wants that. */
    static XYChart sine(String title, String series) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> build(title, series)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static XYChart build(String title, String series) {
        DefaultNumericAxis x = new DefaultNumericAxis("Time");
        x.setTimeAxis(true);
        DefaultNumericAxis y = new DefaultNumericAxis("Equity", "$");
        XYChart chart = new XYChart(x, y);
        chart.setTitle(title);
        DoubleDataSet ds = new DoubleDataSet(series);
        double[] xs = new double[200];
        double[] ys = new double[200];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 1_736_157_600 + i * 3600.0;
            ys[i] = 100_000 + 1000 * Math.sin(i / 10.0);
        }
        ds.set(xs, ys);
        chart.getDatasets().add(ds);
        return chart;
    }

    static BufferedImage read(Path png) {
        try {
            BufferedImage img = ImageIO.read(png.toFile());
            if (img == null) {
                throw new AssertionError(png + " is not an image");
            }
            return img;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Share of pixels in a region that are clearly not white (ink: lines, text). */
    static double ink(BufferedImage img, double x0, double y0, double x1, double y1) {
        int ink = 0;
        int all = 0;
        for (int y = (int) (y0 * img.getHeight()); y < (int) (y1 * img.getHeight()); y++) {
            for (int x = (int) (x0 * img.getWidth()); x < (int) (x1 * img.getWidth()); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r + g + b < 3 * 160) {
                    ink++;
                }
                all++;
            }
        }
        return all == 0 ? 0 : ink / (double) all;
    }
}
