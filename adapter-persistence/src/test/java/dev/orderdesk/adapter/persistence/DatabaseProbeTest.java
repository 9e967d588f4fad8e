package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.HealthProbe;
import dev.orderdesk.testkit.contract.RemoteHealthProbeContract;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest extends RemoteHealthProbeContract {

    private static TestDatabase database;
    private static HikariDataSource nowhere;

    @BeforeAll
    static void migrateASchemaAndPointAPoolAtNothing() {
        database = TestDatabase.forClass(DatabaseProbeTest.class);
        // Port 1 on loopback refuses connections, as a stopped PostgreSQL does.
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(DatabaseUrl.parse("postgresql://postgres@127.0.0.1:1/test").jdbcUrl());
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(Duration.ofMillis(500).toMillis());
        nowhere = new HikariDataSource(config);
    }

    @AfterAll
    static void closeBoth() {
        nowhere.close();
        database.close();
    }

    @Override
    protected HealthProbe probeOfAHealthyDependency() {
        return database.persistence().databaseProbe();
    }

    @Override
    protected HealthProbe probeOfALostDependency() {
        return new DatabaseProbe(nowhere);
    }

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

    @Test
    void aDatabaseThatNeverAnswersIsDownWithinTheDeadlineNotThePoolsTimeouts() throws Exception {
        // A black hole: connections are accepted, nothing is ever answered.
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + blackHole.getLocalPort() + "/test?socketTimeout=6");
            config.setInitializationFailTimeout(-1);
            config.setConnectionTimeout(Duration.ofSeconds(6).toMillis());
            try (HikariDataSource pool = new HikariDataSource(config); DatabaseProbe probe = new DatabaseProbe(pool)) {
                for (int check = 0; check < 2; check++) {
                    long started = System.nanoTime();

                    assertThat(probe.isUp()).isFalse();

                    // The probe's own deadline is 2 s; the pool and the socket would have waited 6 s.
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                }
            }
        }
    }
}
