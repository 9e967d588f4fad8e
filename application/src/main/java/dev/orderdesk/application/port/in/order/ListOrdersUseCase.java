package dev.orderdesk.application.port.in.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderQuery;
import java.util.Optional;

/**
 * Lists orders newest first: the caller's own, or (admins) everyone's. Two ways to page over the same rules:
 * offsets with a total (cost grows with depth) and keyset cursors (constant cost at any depth).
 */
public interface ListOrdersUseCase {

    /** @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} when a non-admin asks for another owner */
    Page<Order> list(Caller caller, OrderQuery query, PageRequest page);

    /** @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} when a non-admin asks for another owner */
    OrderSlice listAfter(Caller caller, OrderQuery query, Optional<OrderCursor> after, int limit);
}
