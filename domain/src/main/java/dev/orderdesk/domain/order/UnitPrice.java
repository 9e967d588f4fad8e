package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;

/** The price of one unit, in minor units: 0–1,000,000,000. */
public final class UnitPrice {

    /** The highest unit price, in minor units. */
    public static final long MAX = 1_000_000_000L;

    private UnitPrice() {
    }

    /**
     * A unit price as entered, in minor units.
     *
     * @param minorUnits the price in the currency's minor unit
     * @return the price
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code unitPrice} outside 0–{@value #MAX}
     */
    public static Money of(long minorUnits) {
        if (minorUnits < 0 || minorUnits > MAX) {
            throw DomainException.invalid("unitPrice", "out_of_range", "must be between 0 and " + MAX);
        }
        return new Money(minorUnits);
    }
}
