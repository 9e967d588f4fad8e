package dev.orderdesk.domain.order;

import java.util.Objects;

/**
 * One line of an order: a SKU, how many, and the unit price at the time of ordering.
 *
 * @param sku       what is ordered
 * @param quantity  how many units
 * @param unitPrice the price of one unit, in the order currency's minor unit
 */
public record OrderLine(Sku sku, Quantity quantity, Money unitPrice) {

    /**
     * Checks every part is present.
     *
     * @param sku       what is ordered
     * @param quantity  how many units
     * @param unitPrice the price of one unit
     */
    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /**
     * The unit price times the quantity.
     *
     * @return the line's total in minor units
     * @throws dev.orderdesk.domain.DomainException {@code ORDER_TOTAL_OVERFLOW} when it does not fit
     */
    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
