package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.testkit.contract.UserRepositoryContract;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiUserRepositoryTest extends UserRepositoryContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiUserRepositoryTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @BeforeEach
    void emptyTheTable() {
        database.execute("TRUNCATE users RESTART IDENTITY CASCADE");
    }

    @Override
    protected UserRepository repository() {
        return database.persistence().users();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }

    @Test
    void rollsBackEverythingTheUseCaseWroteWhenItFails() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            repository().add(newUser("ada@example.org", Instant.parse("2026-01-01T00:00:00Z")));
            throw new IllegalStateException("the use case failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tx(() -> repository().countActive())).isZero();
    }

    @Test
    void theDatabaseRejectsAnUpperCaseEmailEvenIfAWriterSkipsTheDomain() {
        assertThatThrownBy(() -> database.execute("""
                INSERT INTO users (email, name, password_hash, role, created_at, updated_at)
                VALUES ('Ada@example.org', 'Ada', 'h', 'user', now(), now())"""))
                .hasMessageContaining("users_email_check");
    }
}
