package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.OrderStatus;

/** What may be done to an order, the status it leads to, and who may do it. */
public enum OrderAction {
    /** The owner pays. */
    PAY(OrderStatus.PAID),
    /** The owner or an admin cancels. */
    CANCEL(OrderStatus.CANCELLED),
    /** An admin ships. */
    SHIP(OrderStatus.SHIPPED),
    /** An admin marks it delivered. */
    DELIVER(OrderStatus.DELIVERED);

    private final OrderStatus target;

    OrderAction(OrderStatus target) {
        this.target = target;
    }

    /** @return the status the action moves an order to */
    public OrderStatus target() {
        return target;
    }
}
