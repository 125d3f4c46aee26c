package com.battlescope.ui.export;

import com.battlescope.service.export.ExportException;
import com.battlescope.service.export.ExportFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;

/**
 * Draws a node (a chart with its title, legend and axes, or a table) off screen at a chosen size and scale and
 * writes it as PNG. ChartFX draws its canvas only in a pulse of a showing window, so the node goes into a small
 * invisible stage far off screen for a few pulses; this works the same in the desktop app and headless (Monocle).
 * Callable from any thread; off the FX thread it waits for the FX thread.
 */
public final class PngExporter {
    /** Pulses to wait: ChartFX lays out in the first and draws its canvas after layout. */
    private static final int PULSES = 3;
    private static final long TIMEOUT_SECONDS = 60;

    private PngExporter() {
    }

    /** Draws a node that is not shown anywhere at {@code width} x {@code height}, scaled (2 for slides). */
    public static Path write(Node node, Path file, int width, int height, double scale) {
        return writeImage(render(node, width, height, scale), file);
    }

    /**
     * The image of a node that is not shown anywhere, {@code width*scale} x {@code height*scale} pixels. Afterwards
     * the node is detached again and can be shown or rendered once more.
     */
    public static WritableImage render(Node node, int width, int height, double scale) {
        if (width < 1 || height < 1 || !(scale > 0) || width * scale > 16384 || height * scale > 16384) {
            throw new IllegalArgumentException("image size " + width + "x" + height + " at scale " + scale
                    + " is out of range (1 to 16384 pixels a side)");
        }
        if (node.getScene() != null || node.getParent() != null) {
            throw new IllegalArgumentException("the node is already shown; render a fresh node, or use writeAsShown");
        }
        return onFx(() -> renderOffScreen(node, width, height, scale));
    }

    /** Snapshot of a node where it is shown, at its current size (e.g. a zoomed chart exactly as on screen). */
    public static Path writeAsShown(Node node, Path file, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0");
        }
        return writeImage(onFx(() -> node.snapshot(parameters(scale), null)), file);
    }

    public static Path writeImage(Image image, Path file) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        return ExportFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new java.io.IOException("no PNG writer available");
            }
        });
    }

    private static WritableImage renderOffScreen(Node node, int width, int height, double scale) {
        // a fixed-size pane in a Group keeps its size whatever size the window manager or screen allows the stage
        StackPane content = new StackPane(node);
        content.setStyle("-fx-background-color: white;");
        content.setMinSize(width, height);
        content.setPrefSize(width, height);
        content.setMaxSize(width, height);
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("BattleScope export");
        stage.setScene(new Scene(new Group(content), 16, 16, Color.WHITE));
        stage.setOpacity(0);
        stage.setX(-20_000);
        stage.setY(-20_000);
        try {
            stage.show();
            waitPulses(PULSES);
            return content.snapshot(parameters(scale), null);
        } finally {
            stage.hide();
            content.getChildren().clear();
        }
    }

    private static SnapshotParameters parameters(double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(scale, scale));
        return p;
    }

    /** Runs the event loop on the FX thread until a few pulses have passed (an animation timer forces pulses). */
    private static void waitPulses(int pulses) {
        if (!Platform.canStartNestedEventLoop()) {
            throw new IllegalStateException("cannot render now (called during an animation or layout pass)");
        }
        Object key = new Object();
        int[] seen = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (++seen[0] == pulses) {
                    stop();
                    Platform.exitNestedEventLoop(key, null);
                }
            }
        };
        timer.start();
        Platform.enterNestedEventLoop(key);
    }

    static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while drawing the image", e);
        } catch (TimeoutException e) {
            throw new ExportException("drawing the image took longer than " + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ExportException("drawing the image failed: " + e.getCause(), e.getCause());
        }
    }
}
