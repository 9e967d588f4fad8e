package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderQuery;
import java.util.List;
import java.util.Optional;

/** Stores orders with their lines. Listing is newest first by (created_at, id), lines included. */
public interface OrderRepository {

    /** Stores the order and all its lines together. */
    Order add(NewOrder order);

    Optional<Order> findById(OrderId id);

    /** Stores a new status if the stored version is still the changed order's; empty when a concurrent change won. */
    Optional<Order> update(Order changed);

    List<Order> list(OrderQuery query, long offset, int limit);

    long count(OrderQuery query);

    /** Up to {@code limit} orders strictly after the cursor (or from the newest without one). */
    List<Order> listAfter(OrderQuery query, Optional<OrderCursor> after, int limit);
}
