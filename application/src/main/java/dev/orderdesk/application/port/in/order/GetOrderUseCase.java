package dev.orderdesk.application.port.in.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderId;

/** One order, for its owner or an admin. */
@FunctionalInterface
public interface GetOrderUseCase {

    /**
     * Reads one order with its lines.
     *
     * @param caller who asks
     * @param id     the order
     * @return the order
     * @throws dev.orderdesk.domain.DomainException {@code ORDER_NOT_FOUND}, also when the caller may not see it
     */
    Order get(Caller caller, OrderId id);
}
