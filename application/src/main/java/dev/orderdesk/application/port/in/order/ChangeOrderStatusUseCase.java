package dev.orderdesk.application.port.in.order;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderId;

/** Moves an order to its next status. */
@FunctionalInterface
public interface ChangeOrderStatusUseCase {

    /**
     * Applies the action in one transaction; the write is conditional on the version read.
     *
     * @param caller who acts: only the owner pays, the owner or an administrator cancels, administrators ship and
     *               deliver
     * @param id     the order
     * @param action what to do to it
     * @return the moved order, at its next version
     * @throws dev.orderdesk.domain.DomainException {@code ORDER_NOT_FOUND} (also when the caller may not see it),
     *         {@code FORBIDDEN} for the wrong role, {@code INVALID_ORDER_TRANSITION} for an illegal move or when a
     *         concurrent change moved the order first
     */
    Order apply(Caller caller, OrderId id, OrderAction action);
}
