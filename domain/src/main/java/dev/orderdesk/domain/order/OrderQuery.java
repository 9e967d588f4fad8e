package dev.orderdesk.domain.order;

import dev.orderdesk.domain.user.UserId;
import java.util.Optional;

/**
 * Which orders to list: optionally one status, and (admins only) one owner.
 *
 * @param status only orders in this status, when present
 * @param owner  only this user's orders, when present
 */
public record OrderQuery(Optional<OrderStatus> status, Optional<UserId> owner) {

    /**
     * No filter: every order the caller may see.
     *
     * @return the query
     */
    public static OrderQuery all() {
        return new OrderQuery(Optional.empty(), Optional.empty());
    }
}
