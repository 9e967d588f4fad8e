package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.RefreshTokenStoreContract;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
        String email = "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return transactions().inTransaction(() -> database.persistence().users().add(NewUser.register(
                Email.parse(email), UserName.parse("U"), new PasswordHash("h"), Instant.now())))
                .orElseThrow().id();
    }
}
