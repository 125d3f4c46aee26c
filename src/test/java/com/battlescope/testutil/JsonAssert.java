package com.battlescope.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Compares JSON trees: same keys, same order of arrays, numbers equal within a relative tolerance. */
public final class JsonAssert {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAssert() {
    }

    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    public static void assertJsonEquals(JsonNode expected, JsonNode actual, double relTol) {
        List<String> diffs = new ArrayList<>();
        compare(expected, actual, "$", relTol, diffs);
        assertThat(diffs).as("JSON differences").isEmpty();
    }

    private static void compare(JsonNode e, JsonNode a, String path, double tol, List<String> diffs) {
        if (e.isNumber() && a.isNumber()) {
            double x = e.doubleValue();
            double y = a.doubleValue();
            if (!(x == y || Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y)))) {
                diffs.add(path + ": expected " + x + " got " + y);
            }
        } else if (e.isObject() && a.isObject()) {
            List<String> names = new ArrayList<>();
            e.fieldNames().forEachRemaining(names::add);
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String n = it.next();
                if (!e.has(n)) {
                    diffs.add(path + "." + n + ": unexpected");
                }
            }
            for (String n : names) {
                if (!a.has(n)) {
                    diffs.add(path + "." + n + ": missing");
                } else {
                    compare(e.get(n), a.get(n), path + "." + n, tol, diffs);
                }
            }
        } else if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                diffs.add(path + ": expected " + e.size() + " elements, got " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(e.get(i), a.get(i), path + "[" + i + "]", tol, diffs);
            }
        } else if (!e.equals(a)) {
            diffs.add(path + ": expected " + e + " got " + a);
        }
    }
}
