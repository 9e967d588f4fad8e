package dev.orderdesk.adapter.persistence;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.testkit.contract.TransactionRunnerContract;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiTransactionRunnerTest extends TransactionRunnerContract {

    private static TestDatabase database;
    // A server that refuses every connection (SQLSTATE 08001), as a stopped PostgreSQL does.
    private static final Jdbi REFUSING = Jdbi.create(() -> {
        throw new SQLException("Connection refused", "08001");
    }).installPlugin(new SqlObjectPlugin());

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiTransactionRunnerTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }

    @Override
    protected UserRepository users() {
        return database.persistence().users();
    }

    @Override
    protected TransactionRunner unreachableTransactions() {
        return new JdbiTransactionRunner(REFUSING);
    }

    @Override
    protected UserRepository unreachableUsers() {
        return new JdbiUserRepository(REFUSING);
    }
}
