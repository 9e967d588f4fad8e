package dev.orderdesk.domain.order;

import java.time.Instant;
import java.util.Objects;

/**
 * The position after the last order of a keyset page: newest-first order is (created_at, id) descending.
 *
 * @param createdAt the creation instant of the page's last order
 * @param id        the id of the page's last order
 */
public record OrderCursor(Instant createdAt, OrderId id) {

    /**
     * Checks both parts are present.
     *
     * @param createdAt the creation instant of the page's last order
     * @param id        the id of the page's last order
     */
    public OrderCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
