package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;

/** How many units of one SKU: 1–10,000. */
public record Quantity(int value) {

    public static final int MAX = 10_000;

    public Quantity {
        if (value < 1 || value > MAX) {
            throw DomainException.invalid("out_of_range", "must be between 1 and " + MAX);
        }
    }
}
