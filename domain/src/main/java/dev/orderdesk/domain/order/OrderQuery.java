package dev.orderdesk.domain.order;

import dev.orderdesk.domain.user.UserId;
import java.util.Optional;

/** Which orders to list: optionally one status, and (admins only) one owner. */
public record OrderQuery(Optional<OrderStatus> status, Optional<UserId> owner) {

    public static OrderQuery all() {
        return new OrderQuery(Optional.empty(), Optional.empty());
    }
}
