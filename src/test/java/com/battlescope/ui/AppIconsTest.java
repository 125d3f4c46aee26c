package com.battlescope.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class) // starts the FX toolkit, which decodes the images
class AppIconsTest {

    @Test
    void everySizeLoadsAtItsNominalSize() {
        assertThat(AppIcons.all()).hasSize(8);
        for (int size : AppIcons.SIZES) {
            Image image = AppIcons.of(size);
            assertThat(image.isError()).isFalse();
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
        }
    }

    @Test
    void anUnknownSizeIsRefused() {
        assertThatThrownBy(() -> AppIcons.of(20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20");
    }
}
