package dev.orderdesk.adapter.persistence;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.IdempotencyStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiIdempotencyStoreTest extends IdempotencyStoreContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiIdempotencyStoreTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Override
    protected IdempotencyStore store() {
        return database.persistence().idempotencyKeys();
    }

    @Override
    protected OrderRepository orders() {
        return database.persistence().orders();
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
