package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.PgServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server is a real PostgreSQL (15 or newer) that accepts DDL in schemas of a test's own. */
@ExtendWith(PgServer.class)
class PgServerTest {
    @Test
    void aRealServerAnswersAndTakesASchema() throws Exception {
        String schema = PgServer.freshSchema("smoke");
        PgServer.execute("CREATE SCHEMA " + schema + "; CREATE TABLE " + schema + ".t (x int); INSERT INTO "
                + schema + ".t VALUES (41), (1)");
        try (Connection c = PgServer.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int, "
                     + "(SELECT SUM(x) FROM " + schema + ".t)")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(150000);
            assertThat(rs.getLong(2)).isEqualTo(42);
        }
    }
}
