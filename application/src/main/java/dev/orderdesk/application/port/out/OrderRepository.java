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

    /**
     * Stores the order and all its lines together.
     *
     * @param order the order before it has an id
     * @return the stored order, with the id and version the store gave it
     */
    Order add(NewOrder order);

    /**
     * Reads one order with its lines.
     *
     * @param id the order's id
     * @return the order, or empty when no order has that id
     */
    Optional<Order> findById(OrderId id);

    /**
     * Stores a new status if the stored version is still the changed order's.
     *
     * @param changed the order after a transition, carrying the version it was read at
     * @return the stored order with the next version, or empty when a concurrent change won
     */
    Optional<Order> update(Order changed);

    /**
     * One page of the orders the query selects, newest first.
     *
     * @param query  whose orders, and in which statuses
     * @param offset how many matching orders to skip
     * @param limit  at most this many orders
     * @return the page, lines included
     */
    List<Order> list(OrderQuery query, long offset, int limit);

    /**
     * Counts what {@link #list} would page through, for a total next to an offset page.
     *
     * @param query whose orders, and in which statuses
     * @return the number of matching orders
     */
    long count(OrderQuery query);

    /**
     * Up to {@code limit} orders strictly after the cursor (or from the newest without one): keyset paging,
     * stable while orders are added.
     *
     * @param query whose orders, and in which statuses
     * @param after the last order of the previous page, if any
     * @param limit at most this many orders
     * @return the page, newest first, lines included
     */
    List<Order> listAfter(OrderQuery query, Optional<OrderCursor> after, int limit);
}
