package com.battlescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/** The toolkit is started by TestFX first, as the jar's HeadlessFx would start it with no display. */
@ExtendWith(ApplicationExtension.class)
class ExportCommandTest {
    @TempDir
    Path tmp;
    private Path data;

    @Start
    void start(Stage stage) {
    }

    @BeforeEach
    void copy() {
        data = Fixtures.copy("full-split", tmp);
    }

    static Stream<Arguments> viewsAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (String view : List.of("equity", "drawdown", "rank-history", "comparison", "leaderboard", "trades", "summaries")) {
            for (String ext : List.of("png", "svg", "csv")) {
                all.add(Arguments.of(view, ext));
            }
        }
        return all.stream();
    }

    private Cli export(String view, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--data", data.toString(), "--view", view,
                "--out", out.toString()));
        if (view.equals("comparison")) {
            args.addAll(List.of("--symbol", "AAPL"));
        }
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))
                .setFormat(CSVFormat.RFC4180).get()) {
            return p.getRecords();
        }
    }

    private static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("viewsAndFormats")
    void everyViewWritesAValidFileInEveryFormat(String view, String ext) throws Exception {
        Path out = tmp.resolve("out/" + view + "." + ext);
        Cli r = export(view, out, "--width", "800", "--height", "500");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo(out.toString());
        switch (ext) {
            case "png" -> {
                BufferedImage img = ImageIO.read(out.toFile());
                assertThat(img.getWidth()).isEqualTo(800);
                assertThat(img.getHeight()).isEqualTo(500);
                Set<Integer> colours = new TreeSet<>();
                for (int y = 0; y < img.getHeight(); y += 3) {
                    for (int x = 0; x < img.getWidth(); x += 3) {
                        colours.add(img.getRGB(x, y));
                    }
                }
                assertThat(colours).as("distinct colours").hasSizeGreaterThan(20);
            }
            case "svg" -> {
                Document doc = svg(out);
                assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("800");
                assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength())
                        .isGreaterThan(10);
            }
            default -> assertThat(csv(out)).hasSizeGreaterThan(1);
        }
    }

    @Test
    void pngDefaultsTo1600x1000() throws Exception {
        Path out = tmp.resolve("equity.png");
        assertThat(export("equity", out).exitCode()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(1000);
    }

    @Test
    void chartSvgHasOnePathPerPickedModelAndItsLegend() throws Exception {
        Path out = tmp.resolve("equity.svg");
        assertThat(export("equity", out, "--models", "gpt-4o,claude-sonnet-3.5").exitCode()).isZero();
        String text = Files.readString(out);
        assertThat(text.split("<path ", -1)).hasSize(3);
        assertThat(text).contains(">gpt-4o</text>", ">claude-sonnet-3.5</text>");
    }

    @Test
    void equityCsvHasEverySnapshotOfThePickedModelsInTheRangeAsStored() throws Exception {
        Path out = tmp.resolve("equity.csv");
        assertThat(export("equity", out, "--models", "gpt-4o", "--from", "2025-01-10", "--to", "2025-01-20").exitCode())
                .isZero();
        List<CSVRecord> rows = csv(out);
        assertThat(rows.get(0).toList()).containsExactly("time", "model", "equity");
        List<CSVRecord> body = rows.subList(1, rows.size());
        assertThat(body).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("gpt-4o");
            assertThat(r.get(0)).matches("2025-01-(1\\d|20) \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
        });
        assertThat(body.size()).isEqualTo(snapshots("gpt-4o", "2025-01-10", "2025-01-20 00:00:00"));
    }

    private long snapshots(String model, String from, String to) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("metrics_timeseries.db"));
             var st = c.prepareStatement("SELECT COUNT(*) FROM hourly_snapshots WHERE model_id = ? AND timestamp >= ? AND timestamp <= ?")) {
            st.setString(1, model);
            st.setString(2, from + " 00:00:00");
            st.setString(3, to);
            try (var rs = st.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    @Test
    void badUsageExitsTwo() {
        Path out = tmp.resolve("x.png");
        assertThat(Cli.run("export", "--data", data.toString(), "--view", "pie", "--out", out.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--data", data.toString(), "--view", "equity", "--out", tmp.resolve("x.gif").toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--data", data.toString(), "--view", "equity").exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--data", data.toString(), "--view", "equity", "--out", out.toString(), "--from", "yesterday").exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--data", data.toString(), "--view", "equity", "--out", out.toString(), "--width", "10").exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--data", data.toString(), "--view", "leaderboard", "--out", out.toString(), "--timeframe", "hourly").exitCode()).isEqualTo(2);
        Cli noSymbol = Cli.run("export", "--data", data.toString(), "--view", "comparison", "--out", out.toString());
        assertThat(noSymbol.exitCode()).isEqualTo(2);
        assertThat(noSymbol.err()).contains("--symbol");
        Cli unknown = Cli.run("export", "--data", data.toString(), "--view", "equity", "--out", out.toString(), "--models", "gpt-5");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("gpt-5").contains("gpt-4o");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFailureExitsOneWithOneLineNamingTheFile() throws Exception {
        Path missing = tmp.resolve("no-such-folder");
        Cli r = Cli.run("export", "--data", missing.toString(), "--view", "equity", "--out", tmp.resolve("e.csv").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: ").contains(missing.toString()).doesNotContain("\n");
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file");
        Cli w = export("equity", blocker.resolve("e.svg"));
        assertThat(w.exitCode()).isEqualTo(1);
        assertThat(w.err().strip()).startsWith("error: " + blocker.resolve("e.svg")).doesNotContain("\n");
        assertThat(w.out()).isEmpty();
    }
}
