package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;

/** The identity of a stored order: a positive 64-bit number assigned by the repository. */
public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw DomainException.invalid("orderId", "out_of_range", "must be a positive integer");
        }
    }

    public static OrderId of(long value) {
        return new OrderId(value);
    }
}
