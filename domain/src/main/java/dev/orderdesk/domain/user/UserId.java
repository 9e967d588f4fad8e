package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;

/** The identity of a stored user: a positive 64-bit number assigned by the repository. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw DomainException.invalid("userId", "out_of_range", "must be a positive integer");
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }
}
