package com.battlescope.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFoldersTest {
    private static final Path HOME = Path.of("/home/ana");
    private static final DemoOptions TINY = new DemoOptions(2, 2, 3, DemoHours.MARKET, 7, 1,
            LocalDate.of(2025, 1, 6), 100_000);

    @TempDir
    Path tmp;

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DemoFolders.userDataDirectory(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana/BattleScope"));
        assertThat(DemoFolders.userDataDirectory(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/BattleScope"));
        // the XDG spec says relative paths are invalid and must be ignored
        assertThat(DemoFolders.userDataDirectory(Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/BattleScope"));
    }

    @Test
    void windowsAndMacUseTheirOwnPlaces() {
        assertThat(DemoFolders.userDataDirectory(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/BattleScope"));
        assertThat(DemoFolders.userDataDirectory(Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData/Roaming/BattleScope"));
        assertThat(DemoFolders.userDataDirectory(Map.of("XDG_DATA_HOME", "/x"), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/BattleScope"));
    }

    @Test
    void theDemoIsCreatedOnceAndReused() throws Exception {
        DemoFolders folders = new DemoFolders(tmp.resolve("BattleScope"), TINY);
        Path demo = folders.demo();
        assertThat(demo).isEqualTo(tmp.resolve("BattleScope/demo"));
        try (Battle battle = new BattleService().open(demo)) {
            assertThat(battle.modelIds()).containsExactly("claude-sonnet-3.5", "gpt-4o");
            assertThat(battle.snapshotCount()).isEqualTo(2 * 3 * 7);
        }
        FileTime written = Files.getLastModifiedTime(demo.resolve("decisions.db"));
        Files.setLastModifiedTime(demo.resolve("decisions.db"), FileTime.fromMillis(1_000_000));
        assertThat(folders.demo()).isEqualTo(demo);
        assertThat(Files.getLastModifiedTime(demo.resolve("decisions.db")).toMillis()).isEqualTo(1_000_000);
        assertThat(written.toMillis()).isNotEqualTo(1_000_000);
        try (Stream<Path> entries = Files.list(tmp.resolve("BattleScope"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("demo");
        }
    }

    @Test
    void aBrokenDemoIsReplaced() throws Exception {
        Path demo = Files.createDirectories(tmp.resolve("BattleScope/demo"));
        Files.writeString(demo.resolve("metrics_timeseries.db"), "not a database");
        Files.writeString(demo.resolve("decisions.db-wal"), "junk");
        assertThat(DemoFolders.isValid(demo)).isFalse();
        assertThat(new DemoFolders(tmp.resolve("BattleScope"), TINY).demo()).isEqualTo(demo);
        assertThat(DemoFolders.isValid(demo)).isTrue();
        assertThat(BattleChecks.breaches(demo)).isEmpty();
    }

    @Test
    void theDefaultDemoIsSmallButComplete() {
        DemoOptions o = DemoFolders.DEFAULT_DEMO;
        assertThat(o.models()).isEqualTo(6);
        assertThat(o.symbols()).isEqualTo(4);
        assertThat(o.hours()).isEqualTo(DemoHours.MARKET);
        assertThat(DemoBattle.hours(o) * o.models() * o.symbols() * o.decisionsPerHour()).isEqualTo(11_088);
    }
}
