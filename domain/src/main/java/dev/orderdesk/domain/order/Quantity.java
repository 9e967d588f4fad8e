package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;

/**
 * How many units of one SKU: 1–10,000.
 *
 * @param value the number of units
 */
public record Quantity(int value) {

    /** The most units of one SKU a line may hold. */
    public static final int MAX = 10_000;

    /**
     * Checks the number is 1–{@value #MAX}; {@code VALIDATION_ERROR} on field {@code quantity} otherwise.
     *
     * @param value the number of units
     */
    public Quantity {
        if (value < 1 || value > MAX) {
            throw DomainException.invalid("quantity", "out_of_range", "must be between 1 and " + MAX);
        }
    }

    /**
     * A quantity as entered.
     *
     * @param value the number of units
     * @return the quantity
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code quantity} outside 1–{@value #MAX}
     */
    public static Quantity of(int value) {
        return new Quantity(value);
    }
}
