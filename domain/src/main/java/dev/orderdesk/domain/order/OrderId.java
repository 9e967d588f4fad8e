package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;

/**
 * The identity of a stored order: a positive 64-bit number assigned by the repository.
 *
 * @param value the number, at least 1
 */
public record OrderId(long value) {

    /**
     * Checks the number is positive; {@code VALIDATION_ERROR} on field {@code orderId} otherwise.
     *
     * @param value the number
     */
    public OrderId {
        if (value <= 0) {
            throw DomainException.invalid("orderId", "out_of_range", "must be a positive integer");
        }
    }

    /**
     * An order id as entered or stored.
     *
     * @param value the number
     * @return the id
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code orderId} unless positive
     */
    public static OrderId of(long value) {
        return new OrderId(value);
    }
}
