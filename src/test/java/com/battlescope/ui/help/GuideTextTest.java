package com.battlescope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuideTextTest {

    @Test
    void bundledGuideIsDocsGuide() throws Exception {
        // surefire runs in the project folder; the in-app guide must be the same text as docs/guide.md
        String docs = Files.readString(Path.of("docs/guide.md"));

        assertThat(GuideView.guideText()).isEqualTo(docs);
    }

    @Test
    void guideDefinesTheCorrectedFigures() {
        String guide = GuideView.guideText();

        assertThat(guide).contains("Sharpe (parity)", "Sharpe (daily)", "100, 50, 1000, 800", "20 %", "50 %",
                "sql/data-contract.md", "Ctrl+1", "F5", "Ctrl+O");
    }
}
