package com.battlescope.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimatorTest {
    @Test
    void keepsTheLowAndHighOfEachPixelColumnAndTheEndsOfTheLine() {
        double[] px = {0.1, 0.2, 0.5, 0.7, 0.9, 1.2, 2.5, 2.6};
        double[] py = {5, 9, 1, 4, 6, 3, 7, 7};
        assertThat(Decimator.reduce(px, py)).containsExactly(0, 1, 2, 5, 6, 7);
    }

    @Test
    void aMiddleColumnKeepsOnlyItsExtremesInTheirOrder() {
        double[] px = {1.0, 3.0, 3.1, 3.2, 3.3, 3.4, 5.0};
        double[] py = {0, 5, 9, 2, 1, 5, 0};
        assertThat(Decimator.reduce(px, py)).containsExactly(0, 2, 4, 6);
    }

    @Test
    void missingValuesBecomeOneGapAndNeverStartOrEndTheLine() {
        double[] px = {0, 1, 2, 3, 4, 5};
        double[] py = {Double.NaN, 1, Double.NaN, Double.NaN, 2, Double.NaN};
        assertThat(Decimator.reduce(px, py)).containsExactly(1, Decimator.GAP, 4);
    }

    @Test
    void eachStretchKeepsItsOwnEnds() {
        double[] px = {0.1, 0.5, 0.9, 1.5, 2.1, 2.5, 2.9};
        double[] py = {4, 1, 6, Double.NaN, 4, 1, 6};
        assertThat(Decimator.reduce(px, py)).containsExactly(0, 1, 2, Decimator.GAP, 4, 5, 6);
    }

    @Test
    void sparsePointsAreAllKept() {
        double[] px = {0, 10, 20};
        double[] py = {1, 2, 3};
        assertThat(Decimator.reduce(px, py)).containsExactly(0, 1, 2);
    }
}
