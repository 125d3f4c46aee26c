package com.battlescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The palettes' promises, checked with textbook formulas written here (WCAG 2 contrast; sRGB to CIELAB, D65; colour
 * vision deficiency simulated with the matrices of Machado, Oliveira and Fernandes 2009 at severity 1).
 */
class ModelPaletteTest {
    private static final String LIGHT_BG = "#ffffff";
    /** AtlantaFX Primer Dark's -color-bg-default, the charts' background. */
    private static final String DARK_BG = "#0d1117";
    private static final double[][][] CVD = {
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
    };

    @Test
    void atLeastTwelveColoursInEachThemeAndTheSameCount() {
        assertThat(ModelPalette.PALETTE).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(ModelPalette.DARK_PALETTE).hasSameSizeAs(ModelPalette.PALETTE).doesNotHaveDuplicates();
    }

    @Test
    void everyColourStandsOutFromItsBackground() {
        for (String c : ModelPalette.PALETTE) {
            assertThat(contrast(c, LIGHT_BG)).as(c + " on white").isGreaterThanOrEqualTo(3.0);
        }
        for (String c : ModelPalette.DARK_PALETTE) {
            assertThat(contrast(c, DARK_BG)).as(c + " on the dark background").isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(ModelPalette.BENCHMARK, LIGHT_BG)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(ModelPalette.BENCHMARK, DARK_BG)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void twelveModelsAreTellApartAlsoWithColourBlindness() {
        assertThat(minDistance(ModelPalette.PALETTE.subList(0, 12))).isGreaterThanOrEqualTo(15);
        assertThat(minDistance(ModelPalette.DARK_PALETTE.subList(0, 12))).isGreaterThanOrEqualTo(15);
        assertThat(minDistance(ModelPalette.PALETTE)).isGreaterThanOrEqualTo(12);
        assertThat(minDistance(ModelPalette.DARK_PALETTE)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theOldPaletteFailedTheseChecks() {
        // Okabe-Ito + Tol (the palette before): yellow on white and black on the dark theme were invisible
        assertThat(contrast("#F0E442", LIGHT_BG)).isLessThan(3.0);
        assertThat(contrast("#000000", DARK_BG)).isLessThan(4.5);
        assertThat(minDistance(List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                "#000000", "#332288", "#88CCEE", "#44AA99", "#117733"))).isLessThan(15);
    }

    @Test
    void noLineIsNearBlackOnWhiteOrNearWhiteOnBlack() {
        for (String c : ModelPalette.PALETTE) {
            assertThat(lab(linear(c))[0]).as(c).isBetween(35.0, 62.5);
        }
        for (String c : ModelPalette.DARK_PALETTE) {
            assertThat(lab(linear(c))[0]).as(c).isBetween(55.0, 88.5);
        }
    }

    @Test
    void darkColoursFollowTheLightOnesByIndex() {
        assertThat(ModelPalette.onDark(ModelPalette.PALETTE.get(3))).isEqualTo(ModelPalette.DARK_PALETTE.get(3));
        assertThat(ModelPalette.onDark("#7f7f7f")).isEqualTo("#7f7f7f");
    }

    /** Smallest CIE76 distance between two colours under normal vision and the three simulated deficiencies. */
    private static double minDistance(List<String> colours) {
        double min = Double.MAX_VALUE;
        for (int kind = -1; kind < CVD.length; kind++) {
            List<double[]> labs = new ArrayList<>();
            for (String c : colours) {
                labs.add(lab(kind < 0 ? linear(c) : simulate(linear(c), CVD[kind])));
            }
            for (int i = 0; i < labs.size(); i++) {
                for (int j = i + 1; j < labs.size(); j++) {
                    double[] a = labs.get(i);
                    double[] b = labs.get(j);
                    min = Math.min(min, Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2])));
                }
            }
        }
        return min;
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double[] linear(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new double[] {lin((rgb >> 16) & 255), lin((rgb >> 8) & 255), lin(rgb & 255)};
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Simulated in linear light and clipped to the sRGB gamut (through the sRGB curve and back, as a screen shows it). */
    private static double[] simulate(double[] rgb, double[][] m) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Math.min(1, Math.max(0, m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]));
            double s = 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055);
            out[i] = lin2(s);
        }
        return out;
    }

    private static double lin2(double s) {
        double v = s / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double luminance(String hex) {
        double[] l = linear(hex);
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double[] lab(double[] lin) {
        double x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
        double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
        double z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
