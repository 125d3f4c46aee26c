package com.battlescope.ui.shell;

import com.battlescope.ui.AnalysisView;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * One tab per analysis page, in the given order. Only the selected page counts as shown: hidden pages put off
 * live reloads until their tab is shown again.
 */
final class PageTabs {
    private static final String TAB_STYLE = "dense";
    private final TabPane tabs = new TabPane();

    PageTabs(List<AnalysisView> views) {
        for (AnalysisView view : views) {
            Tab tab = new Tab(view.title(), view.node());
            tab.setId("tab-" + view.id());
            tab.setClosable(false);
            tab.setUserData(view);
            tabs.getTabs().add(tab);
        }
        tabs.setId("views");
        // AtlantaFX's compact tabs: ten page titles fit a 1280 px window
        tabs.getStyleClass().add(TAB_STYLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                page(was).setShown(false);
            }
            if (now != null) {
                page(now).setShown(true);
            }
        });
        for (Tab tab : tabs.getTabs()) {
            page(tab).setShown(tab.isSelected());
        }
    }

    TabPane node() {
        return tabs;
    }

    AnalysisView selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : page(tab);
    }

    /** Shows the page with this id (an unknown id changes nothing). */
    void select(String id) {
        tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + id)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static AnalysisView page(Tab tab) {
        return (AnalysisView) tab.getUserData();
    }
}
