package dev.orderdesk.testkit.contract;

import static dev.orderdesk.testkit.fixture.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.OrderStatus;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link OrderRepository} must do; run against the fake and against PostgreSQL. */
public abstract class OrderRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected OrderRepositoryContract() {
    }

    /**
     * The repository under test; other tests may share its store.
     *
     * @return the repository
     */
    protected abstract OrderRepository repository();

    /**
     * Runs work the way a use case would (real adapters need a transaction).
     *
     * @return the runner the repository joins
     */
    protected abstract TransactionRunner transactions();

    /**
     * A stored user who can own orders (the real store has a foreign key).
     *
     * @return a new user's id on every call
     */
    protected abstract UserId aUser();

    @Test
    void storesAnOrderWithAllItsLinesInOrder() {
        UserId owner = aUser();
        NewOrder candidate = new NewOrder(owner, new CurrencyCode("EUR"),
                List.of(line("B-2", 2, 150), line("A-1", 1, 0), line("C-3", 10_000, UnitPrice.MAX)), T0);

        Order stored = tx(() -> repository().add(candidate));

        assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(stored.lines()).isEqualTo(candidate.lines());
        assertThat(stored.total()).isEqualTo(candidate.total());
        assertThat(tx(() -> repository().findById(stored.id()))).contains(stored);
        assertThat(tx(() -> repository().findById(OrderId.of(Long.MAX_VALUE)))).isEmpty();
    }

    @Test
    void updatesTheStatusOnlyFromTheVersionItWasReadAt() {
        Order stored = tx(() -> repository().add(order(aUser(), T0)));
        Order paid = stored.moveTo(OrderStatus.PAID, T0.plusSeconds(5));

        Order updated = tx(() -> repository().update(paid)).orElseThrow();

        assertThat(updated.status()).isEqualTo(OrderStatus.PAID);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(tx(() -> repository().update(stored.moveTo(OrderStatus.CANCELLED, T0)))).isEmpty();
        assertThat(tx(() -> repository().findById(stored.id())).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void remembersWhoPlacedAnOrderThroughUpdatesAndListings() {
        UserId owner = aUser();
        UserId admin = aUser();
        Order byAdmin = tx(() -> repository().add(new NewOrder(owner, new CurrencyCode("EUR"),
                List.of(line("SKU-1", 1, 100)), T0, PlacedBy.admin(admin))));
        Order byOperator = tx(() -> repository().add(new NewOrder(owner, new CurrencyCode("EUR"),
                List.of(line("SKU-1", 1, 100)), T0.plusSeconds(1), PlacedBy.operator())));
        Order byOwner = tx(() -> repository().add(order(owner, T0.plusSeconds(2))));

        assertThat(byAdmin.placedBy()).isEqualTo(PlacedBy.admin(admin));
        assertThat(tx(() -> repository().findById(byAdmin.id())).orElseThrow().placedBy())
                .isEqualTo(PlacedBy.admin(admin));
        assertThat(tx(() -> repository().findById(byOperator.id())).orElseThrow().placedBy())
                .isEqualTo(PlacedBy.operator());
        assertThat(tx(() -> repository().findById(byOwner.id())).orElseThrow().placedBy()).isEqualTo(PlacedBy.owner());
        Order paid = tx(() -> repository().update(byAdmin.moveTo(OrderStatus.PAID, T0.plusSeconds(3)))).orElseThrow();
        assertThat(paid.placedBy()).isEqualTo(PlacedBy.admin(admin));
        OrderQuery owners = new OrderQuery(Optional.empty(), Optional.of(owner));
        assertThat(tx(() -> repository().list(owners, 0, 10))).extracting(Order::placedBy)
                .containsExactly(PlacedBy.owner(), PlacedBy.operator(), PlacedBy.admin(admin));
        assertThat(tx(() -> repository().listAfter(owners, Optional.empty(), 10))).extracting(Order::placedBy)
                .containsExactly(PlacedBy.owner(), PlacedBy.operator(), PlacedBy.admin(admin));
    }

    @Test
    void listsNewestFirstFilteredByOwnerAndStatusWithACount() {
        UserId ada = aUser();
        UserId bob = aUser();
        Order first = tx(() -> repository().add(order(ada, T0)));
        Order second = tx(() -> repository().add(order(ada, T0.plusSeconds(1))));
        Order bobs = tx(() -> repository().add(order(bob, T0.plusSeconds(2))));
        Order paid = tx(() -> repository().update(second.moveTo(OrderStatus.PAID, T0.plusSeconds(3)))).orElseThrow();

        OrderQuery adas = new OrderQuery(Optional.empty(), Optional.of(ada));
        assertThat(tx(() -> repository().list(adas, 0, 10))).containsExactly(paid, first);
        assertThat(tx(() -> repository().count(adas))).isEqualTo(2);
        assertThat(tx(() -> repository().list(adas, 1, 10))).containsExactly(first);
        OrderQuery adasPaid = new OrderQuery(Optional.of(OrderStatus.PAID), Optional.of(ada));
        assertThat(tx(() -> repository().list(adasPaid, 0, 10))).containsExactly(paid);
        assertThat(tx(() -> repository().count(adasPaid))).isEqualTo(1);
        // Other tests share the store: everyone's list must hold these three in newest-first order.
        assertThat(tx(() -> repository().list(OrderQuery.all(), 0, 1000))).containsSubsequence(bobs, paid, first);
    }

    @Test
    void keysetPagesWalkEveryOrderOnceEvenWithEqualTimestamps() {
        UserId owner = aUser();
        List<Order> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = T0.plusSeconds(i / 2); // pairs share a timestamp: the id breaks the tie
            created.add(tx(() -> repository().add(order(owner, at))));
        }
        OrderQuery query = new OrderQuery(Optional.empty(), Optional.of(owner));

        List<Order> walked = new ArrayList<>();
        Optional<OrderCursor> cursor = Optional.empty();
        for (int page = 0; page < 10; page++) {
            Optional<OrderCursor> after = cursor;
            List<Order> found = tx(() -> repository().listAfter(query, after, 3));
            walked.addAll(found);
            if (found.size() < 3) {
                break;
            }
            Order last = found.get(found.size() - 1);
            cursor = Optional.of(new OrderCursor(last.createdAt(), last.id()));
        }

        List<Order> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(walked).containsExactlyElementsOf(newestFirst);
    }

    /** Each round races status changes of one order read at the same version; exactly one may be stored. */
    @Test
    void ofConcurrentStatusChangesFromOneVersionExactlyOneWins() throws Exception {
        UserId owner = aUser();
        OrderStatus[] targets = {OrderStatus.PAID, OrderStatus.CANCELLED};

        List<List<Optional<Order>>> rounds = Concurrently.race(Races.ROUNDS, Races.RACERS,
                round -> tx(() -> repository().add(order(owner, T0))),
                (original, racer) -> {
                    Order changed = original.moveTo(targets[racer % 2], T0.plusSeconds(1));
                    return () -> tx(() -> repository().update(changed));
                });

        Races.assertOneChangeWonEachRound(rounds, winner -> tx(() -> repository().findById(winner.id())),
                Order::version);
    }

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    private static NewOrder order(UserId owner, Instant at) {
        return anOrder().ownedBy(owner).createdAt(at).build();
    }

    private static OrderLine line(String sku, int quantity, long price) {
        return new OrderLine(new Sku(sku), new Quantity(quantity), UnitPrice.of(price));
    }
}
