package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the shared attempt stores do beyond their contracts: they forget what expired, and fail closed. */
class AttemptStoresTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:10Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(AttemptStoresTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Test
    void theSweepDeletesOnlyRowsWhoseWindowEnded() {
        JdbiPersistence persistence = database.persistence();
        persistence.loginAttempts().recordUnlessFull("old@example.org", T0, WINDOW, 5);
        persistence.loginAttempts().recordUnlessFull("new@example.org", T0.plus(WINDOW), WINDOW, 5);
        persistence.addressAttempts().increment("198.51.100.1", T0, Duration.ofMinutes(1));

        int swept = persistence.sweepExpiredAttempts(T0.plus(WINDOW));

        assertThat(swept).isEqualTo(2);
        assertThat(count("login_attempts")).isEqualTo(1);
        assertThat(count("address_attempts")).isZero();
        // The survivor still counts: four more attempts fill its window.
        for (int i = 1; i < 5; i++) {
            assertThat(persistence.loginAttempts().recordUnlessFull("new@example.org", T0.plus(WINDOW), WINDOW, 5)).isEmpty();
        }
        assertThat(persistence.loginAttempts().recordUnlessFull("new@example.org", T0.plus(WINDOW), WINDOW, 5)).isPresent();
    }

    @Test
    void aLostDatabaseRefusesTheAttemptInsteadOfAllowingIt() {
        Jdbi refusing = Jdbi.create(() -> {
            throw new SQLException("Connection refused", "08001");
        });

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> new JdbiAttemptLog(refusing).recordUnlessFull("ada@example.org", T0, WINDOW, 5))
                .extracting(DomainException::code).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> new JdbiAttemptCounter(refusing).increment("198.51.100.1", T0, WINDOW))
                .extracting(DomainException::code).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    private static long count(String table) {
        return Jdbi.create(database.persistence().dataSource()).withHandle(handle ->
                handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }
}
