package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void binEdgesBelongToTheBinTheyOpen() {
        assertThat(Calibration.bin(0.0)).isZero();
        assertThat(Calibration.bin(0.0999)).isZero();
        assertThat(Calibration.bin(0.1)).isEqualTo(1);
        assertThat(Calibration.bin(30 / 100.0)).isEqualTo(3);
        assertThat(Calibration.bin(0.3)).isEqualTo(3);
        assertThat(Calibration.bin(70 / 100.0)).isEqualTo(7);
        assertThat(Calibration.bin(0.6999999)).isEqualTo(6);
        assertThat(Calibration.bin(0.95)).isEqualTo(9);
    }

    @Test
    void certaintyGoesToTheLastBin() {
        assertThat(Calibration.bin(1.0)).isEqualTo(9);
        List<CalibrationBin> bins = Calibration.bins(new double[] {1.0, 0.9}, new boolean[] {false, true}, 2);
        assertThat(bins.get(9).n()).isEqualTo(2);
        assertThat(bins.get(9).meanConfidence()).isCloseTo(0.95, within(1e-15));
        assertThat(bins.get(9).hitRate()).isEqualTo(0.5);
        assertThat(bins.get(0).meanConfidence()).isNull();
        assertThat(bins.get(0).hitRate()).isNull();
        assertThat(bins.get(3).low()).isEqualTo(0.3);
        assertThat(bins.get(3).high()).isEqualTo(0.4);
    }

    /** By hand: c = .8 hit, 1.0 miss, .3 hit, .7 miss. */
    @Test
    void brierAndEceByHand() {
        double[] c = {0.8, 1.0, 0.3, 0.7};
        boolean[] hit = {true, false, true, false};
        // (0.04 + 1 + 0.49 + 0.49) / 4
        assertThat(Calibration.brier(c, hit, 4)).isCloseTo(0.505, within(1e-15));
        // one per bin: (0.2 + 1 + 0.7 + 0.7) / 4
        assertThat(Calibration.ece(Calibration.bins(c, hit, 4))).isCloseTo(0.65, within(1e-15));
        // two in one bin: the bin's hit rate against its mean confidence, not each pair's
        assertThat(Calibration.ece(Calibration.bins(new double[] {0.5, 0.5}, new boolean[] {true, false}, 2)))
                .isCloseTo(0.0, within(1e-15));
        assertThat(Calibration.ece(Calibration.bins(new double[] {0.72, 0.78}, new boolean[] {true, true}, 2)))
                .isCloseTo(0.25, within(1e-15));
    }

    @Test
    void nothingToCalibrateIsNull() {
        assertThat(Calibration.brier(new double[0], new boolean[0], 0)).isNull();
        assertThat(Calibration.ece(Calibration.bins(new double[0], new boolean[0], 0))).isNull();
    }
}
