package com.battlescope.service;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.ServerAddress;
import com.battlescope.data.ServerCopy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Copies a battle folder to a PostgreSQL server ({@code migrate}; File › Copy battle to server…): a first copy into
 * a new schema, or, {@code incremental}, the rows the engine added since ("replicate to a server"). The folder is
 * only read. See {@link ServerCopy} for what a failure leaves behind (nothing).
 */
public final class MigrateService {
    /** Per table: rows copied by this run, and the verified counts (folder = server). */
    public record TableCopy(String table, long copied, long rows) {
    }

    public record Result(String schema, String url, boolean incremental, List<TableCopy> tables, double seconds) {
        public long copied() {
            return tables.stream().mapToLong(TableCopy::copied).sum();
        }

        /** Rows copied per second of the whole run (tables, indexes, checks). */
        public double rowsPerSecond() {
            return seconds > 0 ? copied() / seconds : 0;
        }
    }

    /** The progress "table" reported once when the copy waits for the last indexes. */
    public static final String INDEXES = ServerCopy.Progress.INDEXES;

    /** Where the copy reports progress: {@code done} of {@code total} rows of a table (or {@link #INDEXES}). */
    public interface Progress {
        void rows(String table, long done, long total);

        /** The rows the whole run will copy (every table), told once before the first table's rows. */
        default void planned(long rows) {
        }
    }

    /**
     * @param toUrl  {@code jdbc:postgresql://HOST:PORT/DB[?currentSchema=NAME]}
     * @param schema the battle's schema; null: the URL's {@code currentSchema}, else one made of the folder's name
     */
    public Result migrate(Path from, String toUrl, String schema, boolean incremental, PasswordPrompt prompt,
                          Progress progress) {
        ServerAddress address = ServerAddress.parse(toUrl, false);
        String name = schema != null ? schema : address.schema() != null ? address.schema() : schemaFor(from);
        ServerAddress target = address.withSchema(name);
        try (BattleFolder folder = BattleFolder.open(from)) {
            ServerCopy.Result r = ServerCopy.copy(folder, target, incremental,
                    (a, user) -> prompt.password(a.url(), user), new ServerCopy.Progress() {
                        @Override
                        public void rows(String table, long done, long total) {
                            progress.rows(table, done, total);
                        }

                        @Override
                        public void planned(long rows) {
                            progress.planned(rows);
                        }
                    });
            return new Result(r.schema(), target.url(), r.incremental(), r.tables().stream()
                    .map(t -> new TableCopy(t.table(), t.copied(), t.serverRows())).toList(), r.seconds());
        }
    }

    /** A schema name from a folder's name: lower case, other characters as "_", never starting with a digit. */
    public static String schemaFor(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String s = (name == null ? "battle" : name.toString()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        s = s.isEmpty() || Character.isDigit(s.charAt(0)) ? "b_" + s : s;
        return s.length() > 50 ? s.substring(0, 50) : s;
    }
}
