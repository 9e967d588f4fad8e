package dev.orderdesk.adapter.persistence;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.testkit.contract.AttemptCounterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiAttemptCounterTest extends AttemptCounterContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiAttemptCounterTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Override
    protected AttemptCounter counter() {
        return database.persistence().addressAttempts();
    }
}
