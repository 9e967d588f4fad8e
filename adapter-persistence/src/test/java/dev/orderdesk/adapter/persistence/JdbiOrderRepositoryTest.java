package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.OrderRepositoryContract;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbiOrderRepositoryTest extends OrderRepositoryContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrateASchema() {
        database = TestDatabase.forClass(JdbiOrderRepositoryTest.class);
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @Override
    protected OrderRepository repository() {
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

    @Test
    void theListQueriesUseTheirIndexes() {
        Jdbi jdbi = Jdbi.create(database.persistence().dataSource());
        // With few rows the planner would rightly prefer a sequential scan; forbid it to see which index serves.
        List<String> ownerPage = jdbi.withHandle(handle -> {
            handle.execute("SET enable_seqscan = off");
            return handle.createQuery("EXPLAIN SELECT id FROM orders WHERE user_id = 1"
                    + " AND (created_at, id) < (now(), 100) ORDER BY created_at DESC, id DESC LIMIT 20")
                    .mapTo(String.class).list();
        });
        List<String> everyonePage = jdbi.withHandle(handle -> {
            handle.execute("SET enable_seqscan = off");
            return handle.createQuery("EXPLAIN SELECT id FROM orders ORDER BY created_at DESC, id DESC LIMIT 20")
                    .mapTo(String.class).list();
        });

        assertThat(String.join("\n", ownerPage)).contains("orders_user_newest_idx").doesNotContain("Sort");
        assertThat(String.join("\n", everyonePage)).contains("orders_newest_idx").doesNotContain("Sort");
    }
}
