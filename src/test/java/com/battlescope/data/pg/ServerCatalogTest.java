package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.data.BattleSource;
import com.battlescope.data.DataAccessException;
import com.battlescope.data.PgDatabase;
import com.battlescope.data.ServerAddress;
import com.battlescope.data.ServerCatalog;
import com.battlescope.testutil.PgRoles;
import com.battlescope.testutil.PgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The battle schemas a server lists, and what a role may write, on a real server. */
@ExtendWith(PgServer.class)
class ServerCatalogTest {

    private static String battleLikeSchema(String prefix) {
        String s = PgServer.freshSchema(prefix);
        PgServer.execute("CREATE SCHEMA " + s + "; CREATE TABLE " + s + ".hourly_snapshots (id bigint, model_id text)"
                + "; CREATE TABLE " + s + ".daily_summaries (id bigint)");
        return s;
    }

    @Test
    void listsOnlySchemasHoldingABattle() {
        String a = battleLikeSchema("cat_a");
        String other = PgServer.freshSchema("cat_other");
        PgServer.execute("CREATE SCHEMA " + other + "; CREATE TABLE " + other + ".notes (x int)");

        assertThat(ServerCatalog.battleSchemas(PgServer.url(), BattleSource.PasswordPrompt.NONE))
                .contains(a).doesNotContain(other, "public", "information_schema");
    }

    @Test
    void theOwnerMayWriteAReadOnlyRoleIsToldWhyNot() {
        String s = battleLikeSchema("cat_ro");
        String reader = PgRoles.readOnlyRole(s);
        try (PgDatabase owner = PgDatabase.open(ServerAddress.parse(PgServer.url(s), true), null);
             PgDatabase ro = PgDatabase.open(ServerAddress.parse(PgRoles.server(reader, s).url(), true), null)) {
            assertThat(ServerCatalog.writeRefusal(owner)).isNull();
            assertThat(ServerCatalog.writeRefusal(ro)).isEqualTo("role " + reader + " may not write to schema " + s
                    + " (no INSERT, UPDATE or DELETE on daily_summaries, hourly_snapshots)");
        }
        PgServer.execute("GRANT INSERT, UPDATE, DELETE ON " + s + ".daily_summaries TO " + reader);
        try (PgDatabase ro = PgDatabase.open(ServerAddress.parse(PgRoles.server(reader, s).url(), true), null)) {
            assertThat(ServerCatalog.writeRefusal(ro)).endsWith("(no INSERT, UPDATE or DELETE on hourly_snapshots)");
        }
    }

    @Test
    void aServerThatIsNotThereIsNamedWithTheCause() {
        String url = PgRoles.server(PgRoles.admin(), null).url().replaceFirst(":\\d+/", ":1/");
        assertThatThrownBy(() -> ServerCatalog.battleSchemas(url, BattleSource.PasswordPrompt.NONE))
                .isInstanceOf(DataAccessException.class)
                .hasMessage("/postgresql/127.0.0.1:1/battles: Connection refused");
    }
}
