package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Server battle URLs: parsed by the driver, shown without a password, schema names checked. */
class ServerAddressTest {
    @Test
    void aUrlKeepsItsPartsAndNeverShowsThePassword() {
        ServerAddress a = ServerAddress.parse("jdbc:postgresql://db.example:6543/battles?currentSchema=spring25"
                + "&user=analyst&password=s3cret&sslmode=require", true);
        assertThat(a.host()).isEqualTo("db.example");
        assertThat(a.port()).isEqualTo(6543);
        assertThat(a.database()).isEqualTo("battles");
        assertThat(a.schema()).isEqualTo("spring25");
        assertThat(a.user()).isEqualTo("analyst");
        assertThat(a.url()).isEqualTo("jdbc:postgresql://db.example:6543/battles?currentSchema=spring25"
                + "&sslmode=require&user=analyst");
        assertThat(a.toString()).doesNotContain("s3cret");
        assertThat(a.driverProperties(null).getProperty("password")).isEqualTo("s3cret");
        assertThat(a.driverProperties("typed".toCharArray()).getProperty("password")).isEqualTo("typed");
        assertThat(a.path().toString()).isEqualTo("/postgresql/db.example:6543/battles/spring25");
        assertThat(a.withoutSchema().url()).isEqualTo("jdbc:postgresql://db.example:6543/battles?sslmode=require"
                + "&user=analyst");
    }

    @Test
    void folderPathsAreNotServers() {
        assertThat(ServerAddress.isServerUrl("/data/battle")).isFalse();
        assertThat(ServerAddress.isServerUrl("jdbc:postgresql://h/db?currentSchema=a")).isTrue();
    }

    @Test
    void aSchemaIsRequiredAndPlain() {
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://h:5432/db", true))
                .hasMessageContaining("no currentSchema")
                .hasMessageContaining("jdbc:postgresql://h:5432/db?currentSchema=battle");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://h/db?currentSchema=Bad;drop", true))
                .hasMessageContaining("schema name 'Bad;drop'");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:mysql://h/db?password=x", true))
                .hasMessageContaining("not a PostgreSQL URL").hasMessageNotContaining("password=x");
    }
}
