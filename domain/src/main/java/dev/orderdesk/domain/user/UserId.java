package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;

/**
 * The identity of a stored user: a positive 64-bit number assigned by the repository.
 *
 * @param value the number, at least 1
 */
public record UserId(long value) {

    /**
     * Checks the number is positive; {@code VALIDATION_ERROR} on field {@code userId} otherwise.
     *
     * @param value the number
     */
    public UserId {
        if (value <= 0) {
            throw DomainException.invalid("userId", "out_of_range", "must be a positive integer");
        }
    }

    /**
     * A user id as entered or stored.
     *
     * @param value the number
     * @return the id
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code userId} unless positive
     */
    public static UserId of(long value) {
        return new UserId(value);
    }
}
