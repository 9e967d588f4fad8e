package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void parsesTheUrlFormWithEncodedCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss@db.internal:6543/orders");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/orders");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).contains("p@ss");
        assertThat(url.databaseName()).isEqualTo("orders");
        assertThat(url.toString()).doesNotContain("p@ss");
    }

    @Test
    void passwordIsOptionalAndThePortDefaults() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app@localhost/orders");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/orders");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void acceptsTheJdbcFormAndCanPointAtAnotherDatabaseOnTheSameServer() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/orders?sslmode=disable");

        assertThat(url.databaseName()).isEqualTo("orders");
        assertThat(url.withDatabase("postgres").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/postgres?sslmode=disable");
        assertThat(url.withDatabase("postgres").password()).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsOtherSchemesAndMissingDatabaseWithoutEchoingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:hunter2@h/db")).hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:hunter2@h/")).hasMessage("has no database name");
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).hasMessage("is empty");
    }
}
