package com.battlescope.ui.export;

import static com.battlescope.ui.export.TestCharts.ink;
import static com.battlescope.ui.export.TestCharts.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.ViewContent;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.views.EquityView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ViewFileExportTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private EquityView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new EquityView(ctx, new ChartService());
        stage.setScene(new Scene((Parent) view.node(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    @Test
    void theShownTabExportsAsPngSvgAndCsv(FxRobot robot) throws Exception {
        battle = new BattleService().open(Fixtures.copy("tiny", tmp));
        robot.interact(() -> {
            ctx.listModels(battle.modelIds());
            ctx.colors().assign(battle.modelIds());
            ctx.replaceBattle(battle);
        });
        AtomicReference<ViewContent> content = new AtomicReference<>();
        robot.interact(() -> content.set(ViewFileExport.content(view)));
        ViewContent c = content.get();
        assertThat(c.isChart()).isTrue();
        assertThat(c.chart().series()).extracting(s -> s.name()).containsExactlyElementsOf(battle.modelIds());
        assertThat(c.table()).isEqualTo(view.tableData());

        Path out = tmp.resolve("out");
        BufferedImage png = read(ViewFileExport.write(c, out.resolve("equity.png"), 900, 600, 2));
        assertThat(png.getWidth()).isEqualTo(1800);
        assertThat(ink(png, 0.1, 0.1, 0.9, 0.8)).isGreaterThan(0.002);
        String svg = Files.readString(ViewFileExport.write(c, out.resolve("equity.svg"), 900, 600, 2));
        assertThat(svg.split("<path ", -1)).hasSize(1 + battle.modelIds().size());
        List<String> csv = Files.readAllLines(ViewFileExport.write(c, out.resolve("equity.csv"), 900, 600, 2));
        assertThat(csv).hasSize(1 + view.tableData().rows().size());
        assertThat(csv.get(0)).isEqualTo(String.join(",", view.tableData().headers()));
    }
}
