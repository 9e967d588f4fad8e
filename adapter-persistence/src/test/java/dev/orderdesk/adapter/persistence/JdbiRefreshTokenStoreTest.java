package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore.NewRefreshToken;
import dev.orderdesk.application.port.out.RefreshTokenStore.Outcome;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.RefreshTokenStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbiRefreshTokenStoreTest extends RefreshTokenStoreContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiRefreshTokenStoreTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Override
    protected RefreshTokenStore store() {
        return database.persistence().refreshTokens();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }

    @Override
    protected UserId aUser() {
        return database.newUser();
    }

    @Test
    void rollsBackTheConsumptionAndRevocationOfAFailedUseCase() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        UUID family = UUID.randomUUID();
        RefreshTokenHash hash = new RefreshTokenHash(UUID.randomUUID().toString());
        UserId user = aUser();
        transactions().inTransaction(() -> {
            store().add(new NewRefreshToken(hash, user, family, now, now.plus(Duration.ofDays(1))));
            return null;
        });

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store().consume(hash, now);
            store().revokeFamily(family, now);
            throw new IllegalStateException("the use case failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions().inTransaction(() -> store().consume(hash, now)).outcome()).isEqualTo(Outcome.CONSUMED);
    }
}
