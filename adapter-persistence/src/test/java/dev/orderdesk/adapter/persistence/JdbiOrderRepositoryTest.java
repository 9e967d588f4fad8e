package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.OrderRepositoryContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
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
    void aPageOfOrdersCostsTwoStatementsWhateverItsSize() {
        UserId owner = aUser();
        Jdbi counted = Jdbi.create(database.persistence().dataSource());
        AtomicInteger statements = new AtomicInteger();
        counted.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        OrderRepository repository = new JdbiOrderRepository(counted);
        for (int i = 0; i < 100; i++) {
            repository.add(new NewOrder(owner, new CurrencyCode("EUR"), List.of(
                    new OrderLine(new Sku("A"), new Quantity(1), UnitPrice.of(i)),
                    new OrderLine(new Sku("B"), new Quantity(2), UnitPrice.of(i))), Instant.now()));
        }
        OrderQuery query = new OrderQuery(Optional.empty(), Optional.of(owner));

        statements.set(0);
        List<Order> page = repository.list(query, 0, 100);
        int forOffsetPage = statements.getAndSet(0);
        List<Order> keysetPage = repository.listAfter(query, Optional.empty(), 100);

        assertThat(page).hasSize(100).allSatisfy(order -> assertThat(order.lines()).hasSize(2));
        assertThat(keysetPage).isEqualTo(page);
        assertThat(forOffsetPage).isEqualTo(2);
        assertThat(statements.get()).isEqualTo(2);
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

    @Test
    void ordersStoredBeforePlacersWereRecordedReadAsPlacedByTheirOwner() {
        UserId owner = aUser();
        Jdbi jdbi = Jdbi.create(database.persistence().dataSource());
        long id = jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO orders (user_id, currency, status, created_at, updated_at)
                        VALUES (:owner, 'EUR', 'pending', now(), now()) RETURNING id""")
                .bind("owner", owner.value()).mapTo(Long.class).one());
        jdbi.useHandle(handle -> handle.execute("INSERT INTO order_lines (order_id, position, sku, quantity, unit_price)"
                + " VALUES (?, 0, 'A', 1, 100)", id));

        assertThat(repository().findById(OrderId.of(id)).orElseThrow().placedBy()).isEqualTo(PlacedBy.owner());
    }

    @Test
    void theDatabaseRefusesAPlacerThatContradictsItself() {
        UserId owner = aUser();
        UserId admin = aUser();
        Jdbi jdbi = Jdbi.create(database.persistence().dataSource());
        String insert = "INSERT INTO orders (user_id, currency, status, created_at, updated_at, placed_by,"
                + " placed_by_user_id) VALUES (?, 'EUR', 'pending', now(), now(), ?, ?)";

        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute(insert, owner.value(), "admin", null)))
                .hasMessageContaining("orders_placed_by_user_check");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute(insert, owner.value(), "admin", owner.value())))
                .hasMessageContaining("orders_placed_by_user_check");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute(insert, owner.value(), "operator", admin.value())))
                .hasMessageContaining("orders_placed_by_user_check");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute(insert, owner.value(), null, admin.value())))
                .hasMessageContaining("orders_placed_by_user_check");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute(insert, owner.value(), "owner", null)))
                .hasMessageContaining("orders_placed_by_check");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute(insert, owner.value(), "admin", Long.MAX_VALUE)))
                .hasMessageContaining("orders_placed_by_user_id_fkey");
    }
}
