package dev.orderdesk.application.port.in.order;

import dev.orderdesk.domain.order.Order;

/** The created order, and whether this answer replays an earlier request with the same idempotency key. */
public record OrderCreation(Order order, boolean replayed) {
}
