package com.battlescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon at every size in {@code icons/}: {@code stage.getIcons().setAll(AppIcons.all())}. */
public final class AppIcons {
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private static List<Image> images;

    private AppIcons() {
    }

    /** All sizes, smallest first; loaded once. */
    public static synchronized List<Image> all() {
        if (images == null) {
            images = SIZES.stream().map(AppIcons::load).toList();
        }
        return images;
    }

    /** The icon at one of {@link #SIZES}. */
    public static Image of(int size) {
        int index = SIZES.indexOf(size);
        if (index < 0) {
            throw new IllegalArgumentException("no icon of " + size + " px; sizes: " + SIZES);
        }
        return all().get(index);
    }

    private static Image load(int size) {
        String name = "/com/battlescope/icons/battlescope-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("icon missing from the jar: " + name);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
