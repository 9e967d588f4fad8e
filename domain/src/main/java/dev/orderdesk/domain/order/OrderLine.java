package dev.orderdesk.domain.order;

import java.util.Objects;

/** One line of an order: a SKU, how many, and the unit price at the time of ordering. */
public record OrderLine(Sku sku, Quantity quantity, Money unitPrice) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
