package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import java.util.List;
import java.util.Optional;

/** A keyset page: its orders and, when more may follow, where the next page starts. */
public record OrderSlice(List<Order> items, Optional<OrderCursor> next) {

    public OrderSlice {
        items = List.copyOf(items);
    }
}
