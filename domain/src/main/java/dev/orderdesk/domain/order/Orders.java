package dev.orderdesk.domain.order;

import java.util.List;

/** Rules shared by new and stored orders. */
final class Orders {

    private Orders() {
    }

    /** The exact sum of the line totals; refuses overflow. */
    static Money total(List<OrderLine> lines) {
        Money total = Money.ZERO;
        for (OrderLine line : lines) {
            total = total.plus(line.lineTotal());
        }
        return total;
    }
}
