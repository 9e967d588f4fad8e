package dev.orderdesk.adapter.persistence;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.testkit.contract.AttemptLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiAttemptLogTest extends AttemptLogContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiAttemptLogTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Override
    protected AttemptLog log() {
        return database.persistence().loginAttempts();
    }
}
