package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D RIGHT = new Rectangle2D(1280, 0, 2560, 1440);

    @Test
    void theFirstTimeTheWindowTakesNinetyPercentOfThePrimaryScreenCentred() {
        Rectangle2D desktop = new Rectangle2D(0, 0, 1920, 1080);
        assertThat(WindowBounds.choose(desktop, List.of(desktop), null))
                .isEqualTo(new WindowBounds(96, 54, 1728, 972));
    }

    @Test
    void aSmallScreenIsUsedWholeRatherThanGoingBelow1280By800() {
        assertThat(WindowBounds.choose(LAPTOP, List.of(LAPTOP), null)).isEqualTo(new WindowBounds(0, 0, 1280, 800));
    }

    @Test
    void theLastBoundsComeBackWhenTheyLieOnAScreen() {
        WindowBounds last = new WindowBounds(1400, 100, 1800, 1000);
        assertThat(WindowBounds.choose(LAPTOP, List.of(LAPTOP, RIGHT), last)).isEqualTo(last);
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkAndKeptOnIt() {
        // saved on a big monitor at 1500 x 940, now on a 1280 x 800 laptop: it must fit, top-left on screen
        WindowBounds last = new WindowBounds(100, 50, 1500, 940);
        assertThat(WindowBounds.choose(LAPTOP, List.of(LAPTOP), last)).isEqualTo(new WindowBounds(0, 0, 1280, 800));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnThePrimary() {
        WindowBounds last = new WindowBounds(2000, 100, 1000, 700);
        assertThat(WindowBounds.choose(LAPTOP, List.of(LAPTOP), last))
                .isEqualTo(new WindowBounds(0, 0, 1280, 800));
    }

    @Test
    void boundsRoundTripThroughThePreferences() throws Exception {
        Preferences prefs = Preferences.userRoot().node("com/battlescope/test/bounds-" + System.nanoTime());
        try {
            assertThat(WindowBounds.load(prefs)).isNull();
            new WindowBounds(10, 20, 1200, 780).save(prefs);
            assertThat(WindowBounds.load(prefs)).isEqualTo(new WindowBounds(10, 20, 1200, 780));
        } finally {
            prefs.removeNode();
        }
    }
}
