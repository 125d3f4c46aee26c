package com.battlescope.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.DataTable;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path tmp;

    private static final DataTable DECISIONS = new DataTable("decisions",
            List.of("timestamp", "model", "decision", "reasoning"),
            List.of(List.of("2025-01-06 10:01:05.438434", "gpt-4o", "buy",
                            "RSI at 28, \"oversold\"; buying\nsecond line\r\nthird, with comma"),
                    List.of("2025-01-06 11:00:00", "claude-sonnet-3.5", "hold", "Überzeugung gering — 信心低 📉"),
                    List.of("2025-01-06 12:00:00.000001+00:00", "m,odd\"id", "sell", ""),
                    List.of("2025-01-06 13:00:00", "x", "close", " leading and trailing spaces ")));

    private static List<List<String>> parse(Reader in) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    @Test
    void fileParsesBackToTheSameRows() throws Exception {
        Path file = CsvWriter.write(DECISIONS, tmp.resolve("decisions.csv"));
        List<List<String>> rows = parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("timestamp", "model", "decision", "reasoning");
        assertThat(rows.subList(1, rows.size())).isEqualTo(DECISIONS.rows());
    }

    @Test
    void isUtf8WithCrlfRecordsAndQuotesOnlyWhereNeeded() throws Exception {
        byte[] bytes = Files.readAllBytes(CsvWriter.write(DECISIONS, tmp.resolve("d.csv")));
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 't');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("timestamp,model,decision,reasoning\r\n"
                + "2025-01-06 10:01:05.438434,gpt-4o,buy,\"RSI at 28, \"\"oversold\"\"; buying\nsecond line\r\nthird, with comma\"\r\n");
        assertThat(text).contains("claude-sonnet-3.5,hold,Überzeugung gering — 信心低 📉\r\n");
        assertThat(text).contains(",\"m,odd\"\"id\",sell,\r\n");
    }

    @Test
    void nullCellsAreEmptyFields() throws Exception {
        List<String> row = new ArrayList<>();
        row.add("a");
        row.add(null);
        DataTable t = new DataTable("t", List.of("x", "y"), List.of(row));
        assertThat(CsvWriter.toCsv(t)).isEqualTo("x,y\r\na,\r\n");
    }

    @Test
    void aFailedWriteNamesTheFileAndLeavesNoPartialFile() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "file, not a folder");
        Path target = blocker.resolve("out.csv");
        assertThatThrownBy(() -> CsvWriter.write(DECISIONS, target))
                .isInstanceOf(ExportException.class).hasMessageStartingWith(target + ": cannot write");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(blocker);
        }
    }
}
