package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.JsonAssert;
import com.battlescope.testutil.PgServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Done-when of issue 18: on a battle copied to a real PostgreSQL server by {@code migrate}, {@code report},
 * {@code compare}, {@code verdict} and {@code quality} print the same JSON as on the folder (figures to 1e-9
 * relative, everything else identical), and {@code export} writes the same CSV files, for every fixture and for generated folders of both layouts with every
 * rarer time form of the contract ({@code --quirks}: whole seconds, +00:00 offsets, an infinite profit factor).
 */
@ExtendWith(PgServer.class)
class ServerParityTest {
    private static final double TOLERANCE = 1e-9;

    @TempDir
    static Path tmp;

    static Stream<String> folders() {
        return Stream.of("tiny", "engine-default", "full-split", "quirks", "significant", "quality-edge",
                "gen-split-quirks", "gen-shared-quirks");
    }

    @ParameterizedTest
    @MethodSource("folders")
    void everyCommandPrintsTheFoldersJsonFromTheServer(String fixture) {
        Path folder = Fixtures.copy(fixture, tmp);
        String schema = PgServer.freshSchema(fixture.replace('-', '_'));
        Cli migrated = Cli.run("migrate", "--from", folder.toString(), "--to", PgServer.url(), "--schema", schema);
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        String server = PgServer.url(schema);

        List<List<String>> commands = new ArrayList<>(List.of(List.of("report"), List.of("verdict"),
                List.of("verdict", "--from", "2025-01-15", "--to", "2025-02-20 12:00:00"), List.of("quality"),
                List.of("quality", "--horizon", "1d")));
        try (Battle battle = new BattleService().open(folder)) {
            for (String symbol : battle.symbols()) {
                commands.add(List.of("compare", "--symbol", symbol));
                commands.add(List.of("compare", "--symbol", symbol, "--window-minutes", "30", "--from",
                        "2025-01-20", "--to", "2025-03-01 10:30:00"));
            }
        }
        for (List<String> command : commands) {
            Cli onFolder = run(command, folder.toString());
            Cli onServer = run(command, server);
            String what = fixture + ": " + String.join(" ", command);
            assertThat(onServer.exitCode()).as(what + "\n" + onServer.err()).isEqualTo(onFolder.exitCode());
            if (onFolder.exitCode() == 0) {
                JsonAssert.assertJsonEquals(JsonAssert.parse(onFolder.out()), JsonAssert.parse(onServer.out()),
                        TOLERANCE);
            }
            assertThat(withoutPlace(onServer.err(), server)).as(what)
                    .isEqualTo(withoutPlace(onFolder.err(), folder.toString()));
        }
    }

    @ParameterizedTest
    @MethodSource("folders")
    void exportsWriteTheFoldersFilesFromTheServer(String fixture) throws Exception {
        Path folder = Fixtures.copy(fixture, tmp.resolve("export"));
        String schema = PgServer.freshSchema("export_" + fixture.replace('-', '_'));
        assertThat(Cli.run("migrate", "--from", folder.toString(), "--to", PgServer.url(), "--schema", schema)
                .exitCode()).isZero();
        for (String view : List.of("leaderboard", "equity", "drawdown", "rank-history", "trades", "summaries")) {
            Path a = tmp.resolve(fixture + "-folder-" + view + ".csv");
            Path b = tmp.resolve(fixture + "-server-" + view + ".csv");
            Cli onFolder = Cli.run("export", "--data", folder.toString(), "--view", view, "--out", a.toString());
            Cli onServer = Cli.run("export", "--data", PgServer.url(schema), "--view", view, "--out", b.toString());
            assertThat(onServer.exitCode()).as(view + ": " + onServer.err()).isEqualTo(onFolder.exitCode());
            if (onFolder.exitCode() == 0) {
                assertThat(java.nio.file.Files.readString(b)).as(fixture + " " + view)
                        .isEqualTo(java.nio.file.Files.readString(a));
            }
        }
    }

    private static Cli run(List<String> command, String data) {
        List<String> args = new ArrayList<>(command);
        args.add(1, "--data");
        args.add(2, data);
        args.addAll(List.of("--format", "json"));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Warnings and errors name the folder's file or the server's schema: the rest must be the same. */
    private static String withoutPlace(String err, String data) {
        return err.replaceAll("(/postgresql/\\S+|" + java.util.regex.Pattern.quote(data) + "\\S*)", "PLACE");
    }
}
