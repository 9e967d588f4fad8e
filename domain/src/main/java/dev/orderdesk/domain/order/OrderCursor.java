package dev.orderdesk.domain.order;

import java.time.Instant;
import java.util.Objects;

/** The position after the last order of a keyset page: newest-first order is (created_at, id) descending. */
public record OrderCursor(Instant createdAt, OrderId id) {

    public OrderCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
