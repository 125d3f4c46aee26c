package com.battlescope.ui.help;

import com.battlescope.ui.AppIcons;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › User guide: the guide ({@code docs/guide.md}, bundled as a resource) rendered with a table of contents
 * of its sections. Open it with {@link #showWindow(Window)}.
 */
public final class GuideView extends BorderPane {
    /** The bundled copy of {@code docs/guide.md}; a test keeps the two identical. */
    public static final String RESOURCE = "/com/battlescope/ui/guide/guide.md";

    private static Stage window;

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final ListView<String> toc = new ListView<>();
    private final List<MarkdownBlock.Heading> headings;

    /** The bundled user guide. */
    public GuideView() {
        this(guideText());
    }

    /** Any markdown text (headings, paragraphs, lists, fenced code, bold and code spans). */
    public GuideView(String markdown) {
        List<MarkdownBlock> blocks = MarkdownParser.parse(markdown);
        headings = blocks.stream().filter(MarkdownBlock.Heading.class::isInstance)
                .map(MarkdownBlock.Heading.class::cast).toList();
        content.getStyleClass().add("guide-content");
        content.getChildren().setAll(MarkdownRenderer.render(blocks));
        content.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setId("guide-scroll");
        toc.setId("guide-toc");
        toc.getStyleClass().add("guide-toc");
        toc.getItems().setAll(headings.stream().filter(h -> h.level() == 2).map(MarkdownBlock.Heading::text).toList());
        toc.getSelectionModel().selectedItemProperty().addListener((obs, old, heading) -> {
            if (heading != null) {
                scrollTo(heading);
            }
        });
        getStylesheets().add(GuideView.class.getResource("/com/battlescope/ui/guide/guide.css").toExternalForm());
        setLeft(toc);
        setCenter(scroll);
    }

    /** The text of every heading, in order. */
    public List<String> headings() {
        return headings.stream().map(MarkdownBlock.Heading::text).toList();
    }

    /** Scrolls so that the heading with this text is at the top (as far as the page allows). */
    public void scrollTo(String heading) {
        for (Node node : content.getChildren()) {
            if (node.getUserData() instanceof MarkdownBlock.Heading h && h.text().equals(heading)) {
                double extra = content.getHeight() - scroll.getViewportBounds().getHeight();
                Bounds bounds = node.getBoundsInParent();
                scroll.setVvalue(extra <= 0 ? 0 : Math.min(1, bounds.getMinY() / extra));
                return;
            }
        }
    }

    /** Shows the guide in its own window (one at a time: a second call brings it to the front). */
    public static Stage showWindow(Window owner) {
        if (window == null) {
            window = new Stage();
            window.setTitle("BattleScope – User guide");
            window.getIcons().setAll(AppIcons.all());
            window.setScene(new Scene(new GuideView(), 960, 760));
            if (owner != null) {
                window.initOwner(owner);
            }
            window.setOnHidden(e -> window = null);
        }
        window.show();
        window.toFront();
        return window;
    }

    /** The guide's markdown as bundled in the jar. */
    public static String guideText() {
        try (InputStream in = GuideView.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
