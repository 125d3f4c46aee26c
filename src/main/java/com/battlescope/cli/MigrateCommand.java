package com.battlescope.cli;

import com.battlescope.service.MigrateService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migrate}: copies a battle folder into a PostgreSQL schema (or adds its new rows), counts verified. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy a battle folder to a PostgreSQL server: one schema per battle, month partitions, the "
                + "contract's indexes and a full-text index, row counts verified per table.",
                "With --incremental, only the rows newer (by id) than the server's: run it every few minutes beside "
                        + "a live engine. A failed or killed run leaves the server as it was."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:copied and verified", "1:the copy failed (nothing changed on the server)", "2:bad usage"})
public class MigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Battle data folder (either layout).")
    Path from;
    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "jdbc:postgresql://HOST:PORT/DB[?currentSchema=NAME] (password: ~/.pgpass, PGPASSWORD "
                    + "or a prompt).")
    String to;
    @Option(names = "--schema", paramLabel = "NAME",
            description = "The battle's schema (default: the URL's currentSchema, else the folder's name).")
    String schema;
    @Option(names = "--incremental", description = "Add only the rows newer than the server's (by id).")
    boolean incremental;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        MigrateService.Result r = new MigrateService().migrate(from, to, schema, incremental, ConsolePassword.PROMPT,
                (table, done, total) -> {
                    double s = (System.nanoTime() - start) / 1e9;
                    if (table.equals(MigrateService.INDEXES)) {
                        err.printf(Locale.ROOT, "indexes: building the last ones (%.1f s)%n", s);
                    } else {
                        err.printf(Locale.ROOT, "%s: %,d / %,d rows (%.1f s)%n", table, done, total, s);
                    }
                    err.flush();
                });
        PrintWriter out = spec.commandLine().getOut();
        for (MigrateService.TableCopy t : r.tables()) {
            out.printf(Locale.ROOT, "%-22s %,12d copied %,12d rows (folder = server)%n", t.table(), t.copied(),
                    t.rows());
        }
        out.printf(Locale.ROOT, "%s schema %s: %,d rows in %.1f s (%,.0f rows/s)%n", r.incremental()
                ? "added to" : "created", r.schema(), r.copied(), r.seconds(), r.rowsPerSecond());
        out.println("open it with: --data '" + r.url() + "'");
        out.flush();
        return 0;
    }
}
