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

    /**
     * One offset page, with the total count, read in one transaction.
     *
     * @param caller who asks; a non-administrator's query is narrowed to their own orders
     * @param query  which orders
     * @param page   which page
     * @return the page, lines included, and how many orders match
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} when a non-admin asks for another owner
     */
    Page<Order> list(Caller caller, OrderQuery query, PageRequest page);

    /**
     * One keyset page: the orders strictly after the cursor, stable while orders are added.
     *
     * @param caller who asks; a non-administrator's query is narrowed to their own orders
     * @param query  which orders
     * @param after  the previous page's {@link OrderSlice#next()}, or empty for the first page
     * @param limit  at most this many orders, 1 to {@value PageRequest#MAX_LIMIT}
     * @return the page, lines included, and where the next one starts when more may follow
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} when a non-admin asks for another owner;
     *         {@code VALIDATION_ERROR} on {@code limit} when it is out of range
     */
    OrderSlice listAfter(Caller caller, OrderQuery query, Optional<OrderCursor> after, int limit);
}
