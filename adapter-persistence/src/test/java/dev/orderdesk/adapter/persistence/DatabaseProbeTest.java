package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    @Test
    void upWhenTheDatabaseAnswersAndDownWhenNothingListens() {
        try (TestDatabase database = TestDatabase.forClass(DatabaseProbeTest.class)) {
            assertThat(database.persistence().databaseProbe().isUp()).isTrue();
        }
        // Port 1 on loopback refuses connections: the probe must say "down", not throw or hang.
        DatabaseUrl nowhere = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:1/test");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(nowhere.jdbcUrl());
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(Duration.ofMillis(500).toMillis());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            assertThat(new DatabaseProbe(pool).isUp()).isFalse();
        }
    }
}
