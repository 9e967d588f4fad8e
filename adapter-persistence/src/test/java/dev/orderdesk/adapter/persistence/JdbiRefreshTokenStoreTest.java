package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.RefreshTokenStoreContract;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
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
        return database.newUser();
    }
}
