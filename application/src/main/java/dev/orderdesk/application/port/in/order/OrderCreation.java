package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.Order;

/**
 * The created order, and whether this answer replays an earlier request with the same idempotency key.
 *
 * @param order    the order; for a replay, as it was when created
 * @param replayed true when no order was created because an earlier request with the key had done so
 */
public record OrderCreation(Order order, boolean replayed) {
}
