package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import java.util.List;
import java.util.Optional;

/**
 * A keyset page: its orders and, when more may follow, where the next page starts.
 *
 * @param items the orders, newest first
 * @param next  the cursor to ask for the next page with; empty on the last page
 */
public record OrderSlice(List<Order> items, Optional<OrderCursor> next) {

    /**
     * Copies the orders, so the page cannot change afterwards.
     *
     * @param items the orders, newest first
     * @param next  the cursor of the next page, if any
     */
    public OrderSlice {
        items = List.copyOf(items);
    }
}
