package com.battlescope.service.export;

import static com.battlescope.service.export.SvgTestDocs.all;
import static com.battlescope.service.export.SvgTestDocs.group;
import static com.battlescope.service.export.SvgTestDocs.parse;
import static com.battlescope.service.export.SvgTestDocs.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgTableWriterTest {
    @TempDir
    Path tmp;

    private static final DataTable BOARD = new DataTable("leaderboard",
            List.of("rank", "model_id", "total_return_pct", "profit_factor"),
            List.of(List.of("1", "gpt-4o", "4.80369", "∞"), List.of("2", "claude <3.5> & co", "-1.25", "0.8")));

    private static List<List<String>> rows(Document doc) {
        List<List<String>> rows = new ArrayList<>();
        for (Element g : all(group(doc, "table"), "g")) {
            if (g.getAttribute("class").equals("row")) {
                rows.add(texts(g));
            }
        }
        return rows;
    }

    @Test
    void everyCellIsTextInItsRow() throws Exception {
        Path file = SvgTableWriter.write(BOARD, "Leaderboard", tmp.resolve("leaderboard.svg"), 1600, 1000);
        Document doc = parse(Files.readString(file));
        assertThat(texts(group(doc, "header"))).containsExactly("rank", "model_id", "total_return_pct", "profit_factor");
        assertThat(rows(doc)).isEqualTo(BOARD.rows());
        assertThat(texts(doc.getDocumentElement())).contains("Leaderboard").noneMatch(t -> t.contains("CSV"));
    }

    @Test
    void numbersAreRightAlignedAndTextLeftAligned() {
        Document doc = parse(SvgTableWriter.toSvg(BOARD, "Leaderboard", 1600, 1000));
        List<Element> first = all(all(group(doc, "table"), "g").stream()
                .filter(g -> g.getAttribute("class").equals("row")).findFirst().orElseThrow(), "text");
        assertThat(first).extracting(e -> e.getAttribute("text-anchor")).containsExactly("end", "", "end", "end");
    }

    @Test
    void rowsThatDoNotFitAreCountedInTheFooter() {
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(List.of(Integer.toString(i), "reasoning line " + i + "\nsecond line, \"quoted\""));
        }
        DataTable t = new DataTable("decisions", List.of("id", "reasoning"), many);
        Document doc = parse(SvgTableWriter.toSvg(t, "Decision log", 800, 500));
        List<List<String>> rows = rows(doc);
        assertThat(rows).hasSizeBetween(10, 25);
        assertThat(rows.get(0)).containsExactly("0", "reasoning line 0 second line, \"quoted\"");
        assertThat(texts(doc.getDocumentElement()))
                .contains("Rows 1–" + rows.size() + " of 5,000; the CSV export has all of them");
    }

    @Test
    void longCellsAreCutWithAnEllipsis() {
        String longText = "x".repeat(1_000_000);
        DataTable t = new DataTable("decisions", List.of("model", "reasoning"), List.of(List.of("m", longText)));
        List<String> cells = rows(parse(SvgTableWriter.toSvg(t, "Decision log", 800, 500))).get(0);
        assertThat(cells.get(1)).endsWith("…").hasSizeLessThan(120);
    }

    @Test
    void anEmptyTableSaysSo() {
        DataTable t = new DataTable("trades", List.of("model_id", "symbol"), List.of());
        Document doc = parse(SvgTableWriter.toSvg(t, "Trades", 800, 500));
        assertThat(texts(group(doc, "header"))).containsExactly("model_id", "symbol");
        assertThat(texts(doc.getDocumentElement())).contains("No rows in this selection");
    }
}
