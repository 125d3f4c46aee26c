package com.battlescope.cli;

import com.battlescope.service.view.Cells;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rendering of command results: JSON numbers as the contract wants (infinities as the strings "inf"/"-inf", null when
 * undefined); CSV cells in {@link Cells#machine machine form}; text tables in {@link Cells#readable display form}.
 */
final class Formats {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Formats() {
    }

    /** Puts a figure: null and NaN as null, infinities as "inf"/"-inf". */
    static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null || value.isNaN()) {
            node.putNull(field);
        } else if (value.isInfinite()) {
            node.put(field, value > 0 ? "inf" : "-inf");
        } else {
            node.put(field, value);
        }
    }

    static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csv(List<String> headers, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(headers.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                p.printRecord(row.stream().map(Cells::machine).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A plain aligned text table; numbers are rounded for reading (use json/csv for full precision). */
    static String table(List<String> headers, List<List<Object>> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(headers);
        for (List<Object> row : rows) {
            cells.add(row.stream().map(Cells::readable).toList());
        }
        int[] widths = new int[headers.size()];
        for (List<String> r : cells) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            List<String> r = cells.get(k);
            for (int i = 0; i < r.size(); i++) {
                boolean numeric = k > 0 && rows.get(k - 1).get(i) instanceof Number;
                String v = r.get(i);
                sb.append(numeric ? " ".repeat(widths[i] - v.length()) + v : v + " ".repeat(widths[i] - v.length()));
                sb.append(i + 1 < r.size() ? "  " : "");
            }
            sb.append(System.lineSeparator());
            if (k == 0) {
                for (int i = 0; i < widths.length; i++) {
                    sb.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "  " : "");
                }
                sb.append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
