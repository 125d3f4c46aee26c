package com.battlescope.data;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The indexes of a server battle ({@code sql/postgresql/indexes.sql}), each statement read into its parts. */
public final class ServerIndexes {
    private static final String SCRIPT = "/sql/postgresql/indexes.sql";
    private static final Pattern CREATE = Pattern.compile("CREATE (UNIQUE )?INDEX (\\w+) ON (\\w+) (.*)",
            Pattern.DOTALL);

    /**
     * One {@code CREATE [UNIQUE] INDEX name ON table rest}: {@code unique} is "UNIQUE " or "", {@code rest} the
     * columns (and method, predicate) after the table.
     */
    public record Index(String unique, String name, String table, String rest) {
        static Index parse(String createIndex) {
            Matcher m = CREATE.matcher(createIndex.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a CREATE INDEX: " + createIndex);
            }
            return new Index(m.group(1) == null ? "" : m.group(1), m.group(2), m.group(3), m.group(4));
        }

        /** The statement as written in the script. */
        public String sql() {
            return "CREATE " + unique + "INDEX " + name + " ON " + table + " " + rest;
        }
    }

    private ServerIndexes() {
    }

    /** Every index of the script, in its order. */
    public static List<Index> all() {
        return SchemaScripts.statements(SCRIPT, true).stream().map(Index::parse).toList();
    }
}
