package com.battlescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerSpecTest {
    @Test
    void urlCarriesEveryFieldButAPassword() {
        ServerSpec s = new ServerSpec(" db.example.org ", 6543, "battles", "ana lyst", "require", "run_2025");
        assertThat(s.url()).isEqualTo(
                "jdbc:postgresql://db.example.org:6543/battles?sslmode=require&user=ana+lyst&currentSchema=run_2025");
        assertThat(s.label()).isEqualTo("ana lyst@db.example.org:6543/battles · run_2025");
        assertThat(s.withSchema(null).url()).isEqualTo("jdbc:postgresql://db.example.org:6543/battles?sslmode=require"
                + "&user=ana+lyst");
    }

    @Test
    void encodesForThePreferencesAndBack() {
        ServerSpec s = new ServerSpec("127.0.0.1", 5432, "b", null, "prefer", "s1");
        assertThat(s.encode()).isEqualTo("127.0.0.1\t5432\tb\t\tprefer\ts1").doesNotContainIgnoringCase("password");
        assertThat(ServerSpec.decode(s.encode())).isEqualTo(s);
        assertThat(ServerSpec.decode("garbage")).isNull();
        assertThat(ServerSpec.decode("h\t0\tb\t\tprefer\t")).isNull();
    }

    @Test
    void aDataUrlNamesTheSameServerBattleWithoutItsPassword() {
        ServerSpec s = ServerSpec.fromUrl("jdbc:postgresql://db.example.org:6543/battles?currentSchema=run_2025"
                + "&user=ana&password=secret&sslmode=verify-full");
        assertThat(s).isEqualTo(new ServerSpec("db.example.org", 6543, "battles", "ana", "verify-full", "run_2025"));
        assertThat(s.url()).doesNotContain("secret");
        assertThat(ServerSpec.fromUrl("jdbc:postgresql://h/b").port()).isEqualTo(5432);
    }

    @Test
    void badFieldsAreNamed() {
        assertThatThrownBy(() -> new ServerSpec("", 5432, "b", null, null, null)).hasMessage(
                "no host: name the database server");
        assertThatThrownBy(() -> new ServerSpec("h/x", 5432, "b", null, null, null)).hasMessage(
                "host 'h/x': use a name or an address, without port or slashes");
        assertThatThrownBy(() -> new ServerSpec("h", 70000, "b", null, null, null)).hasMessage(
                "port 70000: use 1 to 65535 (PostgreSQL's is 5432)");
        assertThatThrownBy(() -> new ServerSpec("h", 5432, " ", null, null, null)).hasMessage(
                "no database: name the database on the server");
        assertThatThrownBy(() -> new ServerSpec("h", 5432, "b", null, "strict", null)).hasMessage(
                "TLS mode 'strict': one of disable, allow, prefer, require, verify-ca, verify-full");
    }
}
