package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.Money;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Orders in a map; the version check on update is atomic, as in the real store. */
final class InMemoryOrderRepository implements OrderRepository {

    private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::createdAt)
            .thenComparing(order -> order.id().value()).reversed();

    private final InMemoryTransactionRunner transactions;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();

    /** Changes made inside {@code transactions} are undone when they roll back. */
    InMemoryOrderRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Order add(NewOrder order) {
        Order stored = Order.created(OrderId.of(sequence.incrementAndGet()), order);
        orders.put(stored.id(), stored);
        transactions.onRollback(() -> orders.remove(stored.id()));
        return stored;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Optional<Order> update(Order changed) {
        Order[] before = new Order[1];
        Order[] stored = new Order[1];
        orders.computeIfPresent(changed.id(), (id, current) -> {
            if (current.version() != changed.version()) {
                return current;
            }
            before[0] = current;
            stored[0] = Order.restore(id, changed.owner(), changed.currency(), changed.lines(), changed.status(),
                    changed.createdAt(), changed.updatedAt(), changed.version() + 1, changed.placedBy());
            return stored[0];
        });
        if (stored[0] != null) {
            transactions.onRollback(() -> orders.replace(changed.id(), stored[0], before[0]));
        }
        return Optional.ofNullable(stored[0]);
    }

    @Override
    public List<Order> list(OrderQuery query, long offset, int limit) {
        return matching(query).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(OrderQuery query) {
        return matching(query).count();
    }

    @Override
    public List<Order> listAfter(OrderQuery query, Optional<OrderCursor> after, int limit) {
        return matching(query)
                .filter(order -> after.map(cursor -> NEWEST_FIRST.compare(order, probe(cursor)) > 0).orElse(true))
                .limit(limit)
                .toList();
    }

    private Stream<Order> matching(OrderQuery query) {
        return orders.values().stream()
                .filter(order -> query.status().map(status -> order.status() == status).orElse(true))
                .filter(order -> query.owner().map(owner -> order.owner().equals(owner)).orElse(true))
                .sorted(NEWEST_FIRST);
    }

    /** An order standing at the cursor's position; only its (created_at, id) matter to the comparison. */
    private static Order probe(OrderCursor cursor) {
        return Order.created(cursor.id(), new NewOrder(UserId.of(1), new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("probe"), new Quantity(1), Money.ZERO)), cursor.createdAt()));
    }
}
