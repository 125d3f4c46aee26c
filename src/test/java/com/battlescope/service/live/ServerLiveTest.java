package com.battlescope.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.testutil.PgRoles;
import com.battlescope.testutil.PgServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: live mode on a server battle follows new rows by id, as on a folder: rows an engine (here: plain SQL)
 * inserts into the schema appear in the next poll, once.
 */
@ExtendWith(PgServer.class)
class ServerLiveTest {
    @TempDir
    Path temp;

    @Test
    void rowsInsertedIntoTheSchemaAppearInTheNextPoll() {
        String schema = PgRoles.migrated("full-split", temp);
        try (Battle battle = new BattleService().open(PgServer.url(schema), PasswordPrompt.NONE)) {
            LiveMonitor monitor = new LiveMonitor(battle, LiveRules.ALL);
            assertThat(monitor.poll()).isSameAs(LiveUpdate.NONE);

            // mistral-large's last equity is 103,203.31; 150,000 is above its every snapshot: a new high.
            // The second row is in a month migrate made no partition for: it lands in the DEFAULT partition.
            PgServer.execute("INSERT INTO " + schema + ".hourly_snapshots (id, model_id, \"timestamp\", equity, cash, "
                    + "positions_value, positions_count) VALUES "
                    + "(1233, 'mistral-large', '2025-02-04 17:04:37.000000+00:00', 150000, 50000, 100000, 4), "
                    + "(1234, 'gpt-4o', '2025-03-01 00:00:00', 99000, 99000, 0, 0); "
                    + "INSERT INTO " + schema + ".decision_log (id, model_id, symbol, decision, reasoning, confidence, "
                    + "\"timestamp\", current_price, executed, jd) VALUES (4471, 'gpt-4o', 'AMZN', 'hold', "
                    + "'waiting for the open', 55, '2025-02-04 17:05:00', 230.5, 0, 2460711.2118055555)");

            LiveUpdate update = monitor.poll();
            assertThat(update.snapshots()).extracting(HourlySnapshot::id, HourlySnapshot::modelId, HourlySnapshot::equity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1233L, "mistral-large", 150000.0),
                            org.assertj.core.groups.Tuple.tuple(1234L, "gpt-4o", 99000.0));
            assertThat(update.decisions()).extracting(Decision::id, Decision::reasoning)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4471L, "waiting for the open"));
            assertThat(update.events()).extracting(LiveEvent::kind, LiveEvent::modelId)
                    .contains(org.assertj.core.groups.Tuple.tuple(LiveEvent.Kind.NEW_HIGH, "mistral-large"));
            assertThat(monitor.poll()).as("each row once").isSameAs(LiveUpdate.NONE);
        }
    }
}
