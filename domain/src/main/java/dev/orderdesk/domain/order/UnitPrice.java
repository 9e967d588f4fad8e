package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;

/** The price of one unit, in minor units: 0–1,000,000,000. */
public final class UnitPrice {

    public static final long MAX = 1_000_000_000L;

    private UnitPrice() {
    }

    public static Money of(long minorUnits) {
        if (minorUnits < 0 || minorUnits > MAX) {
            throw DomainException.invalid("out_of_range", "must be between 0 and " + MAX);
        }
        return new Money(minorUnits);
    }
}
