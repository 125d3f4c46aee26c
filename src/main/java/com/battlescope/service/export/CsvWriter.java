package com.battlescope.service.export;

import com.battlescope.model.DataTable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link DataTable} as RFC 4180 CSV: header row, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, UTF-8 without a byte-order mark (scripts read it as is). Cells are written exactly as given, so
 * times stay as stored.
 */
public final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvWriter() {
    }

    public static Path write(DataTable table, Path file) {
        return ExportFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(table, w);
            w.flush();
        });
    }

    public static String toCsv(DataTable table) {
        StringWriter w = new StringWriter();
        try {
            write(table, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static void write(DataTable table, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, FORMAT);
        p.printRecord(table.headers());
        for (List<String> row : table.rows()) {
            p.printRecord(row.stream().map(c -> c == null ? "" : c).toList());
        }
        p.flush();
    }
}
